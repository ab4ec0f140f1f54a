import { useState } from 'react';

/** Show the first `initial` items of a long list and reveal `step` more on demand. */
export function useShowMore(total: number, initial = 20, step = 50) {
  const [limit, setLimit] = useState(initial);
  const visible = Math.min(limit, total);
  return {
    visible,
    hidden: total - visible,
    /** How many the next `showMore` reveals. */
    next: Math.min(total - visible, step),
    showMore: () => setLimit((current) => current + step),
  };
}
