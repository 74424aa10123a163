import { imagePackageCache } from '../../../src/rules/image/image-package-cache.js';
import { fileEntry, imageRuleTester, imageView, layer } from '../../support/image-view.js';

const cache = (path: string, fossil = false) =>
  fileEntry(path, { type: 'directory', mode: 0o755, size: 4096, fossil, layer: layer(2) });

imageRuleTester(imagePackageCache, {
  valid: [{ name: 'no caches', view: imageView() }],
  invalid: [
    {
      name: 'caches of several package managers',
      view: imageView({
        files: { caches: [cache('/root/.cache/pip'), cache('/var/cache/apk'), cache('/var/lib/apt/lists')] },
      }),
      errors: [
        {
          messageId: 'cache',
          filePath: '/root/.cache/pip',
          layer: layer(2).digest,
          message: 'pip cache left in /root/.cache/pip',
        },
        { messageId: 'cache', filePath: '/var/cache/apk', message: 'apk cache left in /var/cache/apk' },
        {
          messageId: 'cache',
          filePath: '/var/lib/apt/lists',
          message: 'apt package lists left in /var/lib/apt/lists',
        },
      ],
    },
    {
      name: 'a cache removed in a later layer still ships',
      view: imageView({ files: { caches: [cache('/var/cache/apt/archives', true)] } }),
      errors: [
        {
          messageId: 'removedLater',
          filePath: '/var/cache/apt/archives',
          severity: 'low',
          message:
            'apt package archives (.deb) in /var/cache/apt/archives was removed by a later layer, but the layer that wrote it still ships it',
        },
      ],
    },
  ],
});
