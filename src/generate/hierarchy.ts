import type { GenRegion } from "./model";
import { Rng } from "./random";
import { city, county, LocalNames, NATION, provinces } from "./regions";

/** A national corpus: 1 national plan, 31 provincial, 330 city and 2,800 county plans (3,162). */
export const NATIONAL_SCALE = { provinces: 31, cities: 330, counties: 2800 };
export const NATIONAL_PLANS = 1 + NATIONAL_SCALE.provinces + NATIONAL_SCALE.cities + NATIONAL_SCALE.counties;

export interface PlanSlot {
  index: number;
  region: GenRegion;
  /** Index of the parent plan's slot; undefined for the national plan. */
  parent?: number;
}

/**
 * The first `n` plans of the national tree, level by level (national, provinces,
 * cities, counties), cities dealt round-robin over the provinces and counties over
 * the cities: any prefix is a whole tree whose every parent comes before its children,
 * spread over the country rather than piled in one province.
 */
export function planSlots(n: number, seed: number): PlanSlot[] {
  const names = new LocalNames(Rng.of(seed, -1));
  const slots: PlanSlot[] = [{ index: 0, region: NATION }];
  const add = (region: GenRegion, parent: number) => {
    if (slots.length < n) slots.push({ index: slots.length, region, parent });
  };
  const provinceSlots = provinces().map((r) => (add(r, 0), slots.length - 1));
  const citySlots: number[] = [];
  for (let i = 0; i < NATIONAL_SCALE.cities && slots.length < n; i++) {
    const parent = provinceSlots[i % provinceSlots.length];
    add(city(names.next("市"), slots[parent].region), parent);
    citySlots.push(slots.length - 1);
  }
  for (let i = 0; i < NATIONAL_SCALE.counties && slots.length < n; i++) {
    const parent = citySlots[i % citySlots.length];
    add(county(names.next(i % 5 === 4 ? "区" : "县"), slots[parent].region), parent);
  }
  return slots.slice(0, n);
}
