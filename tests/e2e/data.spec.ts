import { test, expect } from '@playwright/test';
import Ajv from 'ajv';

test('the downloads page links every export, and they are served', async ({ page, request }) => {
  await page.goto('/en/data/');
  const links = page.getByRole('main').getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toEqual(expect.arrayContaining(['/data/atlas.json', '/data/atlas.schema.json', '/data/documents.csv', '/data/controls.csv', '/data/requirements.csv', '/data/mappings.csv', '/data/oscal/iso-iec-27400-catalog-en.json']));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('atlas.json validates against atlas.schema.json', async ({ request }) => {
  const schema = await (await request.get('/data/atlas.schema.json')).json();
  const data = await (await request.get('/data/atlas.json')).json();
  const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(schema);
  const ok = validate(data);
  expect(validate.errors?.slice(0, 3) ?? []).toEqual([]);
  expect(ok).toBe(true);
  expect(data.entities.filter((e: { entity: string }) => e.entity === 'controls')).toHaveLength(45);
});

test('the OSCAL catalog has the structure OSCAL requires', async ({ request }) => {
  const { catalog } = await (await request.get('/data/oscal/iso-iec-27400-catalog-en.json')).json();
  expect(catalog.uuid).toMatch(/^[0-9a-f-]{36}$/);
  expect(catalog.metadata).toMatchObject({ title: expect.any(String), 'last-modified': expect.any(String), version: expect.any(String), 'oscal-version': expect.stringMatching(/^1\.1\./) });
  expect(catalog.groups.map((g: { id: string }) => g.id)).toEqual(['clause-7.1.2', 'clause-7.1.3', 'clause-7.2.2', 'clause-7.2.3']);
  const controls = catalog.groups.flatMap((g: { controls: unknown[] }) => g.controls);
  expect(controls).toHaveLength(45);
  for (const c of controls) expect(c).toMatchObject({ id: expect.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]*$/), title: expect.any(String) });
  const ids = controls.map((c: { id: string }) => c.id);
  expect(new Set(ids).size).toBe(45);
});

test('an entity page links its JSON, which carries its relations', async ({ page, request }) => {
  await page.goto('/ja/controls/iso-iec-27400-7-1-2-17/');
  const href = await page.getByRole('link', { name: 'この項目のJSON' }).getAttribute('href');
  const j = await (await request.get(href!)).json();
  expect(j).toMatchObject({ entity: 'controls', id: 'iso-iec-27400-7-1-2-17', clause: '7.1.2.17' });
  expect(j.relations.outgoing.some((r: { to: string }) => r.to === 'iso-iec-27402-5-2-7')).toBe(true);
});

test('the controls CSV has 45 rows with both languages', async ({ request }) => {
  const text = (await (await request.get('/data/controls.csv')).text()).replace(/^\uFEFF/, '');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0].split(',')).toEqual(expect.arrayContaining(['title_en', 'title_ja', 'audience', 'lifecycle']));
  expect(lines.filter((l) => l.startsWith('iso-iec-27400-'))).toHaveLength(45);
  // readable labels beside the codes, in both languages
  expect(lines[0].split(',')).toEqual(expect.arrayContaining(['audience_label_en', 'audience_label_ja', 'risk_sources_label_en', 'risk_sources_label_ja']));
  const withCode = lines.find((l) => l.includes(',developer-provider,'))!;
  expect(withCode).toContain(',developer-provider,IoT service developer and provider,IoTサービス開発者・提供者,');
});
