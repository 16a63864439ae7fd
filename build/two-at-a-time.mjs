// The build's slow steps (wasm-opt, a pack's merge) run two at a time: the machines have two cores.

/** Runs `work(item)` for each of `items`, in their order, two at a time. */
export async function twoAtATime(items, work) {
  const queue = [...items];
  const next = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all([next(), next()]);
}
