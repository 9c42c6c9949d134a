// For any layout of 1 to 12 values with names of any length: every value has a label (one outside its circle clear of its rim), nothing covers anything, every region with evidence shows it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeRegionLabels } from '../../../../../shared/domain/venn/labels';
import { regionKey } from '../../../../../shared/domain/venn/regions';
import { boxesOverlap } from '../../../../../renderer/ui/venn/labelPlacement';
import { buildVennScene, type VennValueCircle } from '../../../../../renderer/ui/venn/vennScene';

const WIDTH = 720;
const HEIGHT = 460;
const WORDS = ['Teaching', 'Building', 'bridges', 'Making', 'sure', 'every', 'voice', 'is', 'heard', 'Simplifying', 'Leading', 'people'];

const valuesArbitrary = fc
  .array(
    fc.record({
      x: fc.double({ min: 60, max: WIDTH - 60, noNaN: true }),
      y: fc.double({ min: 60, max: HEIGHT - 60, noNaN: true }),
      r: fc.double({ min: 30, max: 150, noNaN: true }),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }),
      evidence: fc.nat(3),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) => specs.map((spec, index): VennValueCircle & { evidence: number } => ({ id: `v${index}`, x: spec.x, y: spec.y, r: spec.r, label: spec.words.join(' '), colour: '#2f5a41', evidence: spec.evidence })));

describe('venn scene placement', () => {
  it('labels every value (outside its rim when not inside its own region), badges every region with evidence, and lets no label, badge or the aspiration cover another', () => {
    fc.assert(
      fc.property(valuesArbitrary, fc.boolean(), (values, withAspiration) => {
        // Evidence for each value alone and for the pair of each value with the next one.
        const counts = values.flatMap((value, index) => [
          { ids: [value.id], count: value.evidence },
          ...(index > 0 ? [{ ids: [values[index - 1]!.id, value.id], count: value.evidence % 2 }] : []),
        ]);
        const scene = buildVennScene(values, { width: WIDTH, height: HEIGHT, counts, aspiration: withAspiration ? 'Turning messy data into decisions people trust' : undefined });
        expect(scene.valueLabels.map((label) => label.id)).toEqual(values.map((value) => value.id));
        // A label set outside its circle lies wholly outside it: no corner reaches over the rim.
        for (const label of scene.valueLabels.filter((placed) => placed.leader)) {
          const circle = values.find((value) => value.id === label.id)!;
          const nearestX = Math.max(label.box.x - label.box.width / 2, Math.min(circle.x, label.box.x + label.box.width / 2));
          const nearestY = Math.max(label.box.y - label.box.height / 2, Math.min(circle.y, label.box.y + label.box.height / 2));
          expect(Math.hypot(nearestX - circle.x, nearestY - circle.y), label.id).toBeGreaterThanOrEqual(circle.r);
        }
        const boxes = [...scene.valueLabels.map((label) => label.box), ...scene.regions.map((region) => region.box), ...(scene.aspiration ? [scene.aspiration.box] : [])];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!), `boxes ${i} and ${j}`).toBe(false);
        }
        const badged = new Set(scene.regions.map((region) => region.key));
        for (const region of scene.regions) expect(region.count).toBeGreaterThan(0);
        const formed = new Set(placeRegionLabels(values).filter((region) => region.spot).map((region) => regionKey(region.ids)));
        for (const entry of counts) {
          if (entry.count > 0 && formed.has(regionKey(entry.ids))) expect(badged.has(regionKey(entry.ids)), regionKey(entry.ids)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
