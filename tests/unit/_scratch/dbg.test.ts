import { it } from 'vitest';
import { realContent } from '../content-fixture';
import { placeholdersIn } from '../../../src/shared/content/placeholders';
const c = realContent();
it('dbg', () => {
  const PLACE = ['place', 'region', 'contractor', 'contractor.phone', 'contractor.url', 'other.region', 'other.contractor', 'other.contractor.phone', 'zip'];
  const walk = (x: any, path: string) => {
    if (x && typeof x === 'object') {
      if (typeof x.en === 'string') {
        const n = placeholdersIn(x.en).filter((p) => PLACE.includes(p));
        if (n.length) console.log(path, n);
        return;
      }
      for (const k in x) walk(x[k], path + '.' + k);
    }
  };
  walk(c.credentials, 'cred');
  walk(c.portals, 'portals');
});
