// The mean of a set of ratings, leaving out the ones never given, and how many were given.
import type { RatingMean } from './insightSchema';

/** A running sum: add ratings (null ones are left out), then read the mean. */
export class RatingSum {
  private total = 0;
  private count = 0;

  add(rating: number | null): void {
    if (rating === null) return;
    this.total += rating;
    this.count += 1;
  }

  get rated(): number {
    return this.count;
  }

  /** The sum without another one's ratings: "the rest" of a factor is everything minus the days with it. */
  minus(other: RatingSum): RatingSum {
    const rest = new RatingSum();
    rest.total = this.total - other.total;
    rest.count = this.count - other.count;
    return rest;
  }

  result(): RatingMean {
    return { rated: this.count, mean: this.count === 0 ? null : this.total / this.count };
  }
}

export function ratingMean(ratings: Iterable<number | null>): RatingMean {
  const sum = new RatingSum();
  for (const rating of ratings) sum.add(rating);
  return sum.result();
}
