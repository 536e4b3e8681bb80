// The review queue from the keyboard: j / k move between pairs, s / n / u decide the pair
// in focus (same person, not the same, unsure). No key acts while typing in a field.
(function () {
  "use strict";
  const pairs = Array.from(document.querySelectorAll("[data-pair]"));
  if (!pairs.length) return;
  let current = 0;
  function focus(index) {
    current = Math.max(0, Math.min(pairs.length - 1, index));
    pairs.forEach((pair, i) => pair.classList.toggle("current", i === current));
    pairs[current].focus();
    pairs[current].scrollIntoView({block: "nearest"});
  }
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement) return;
    if (event.key === "j") { focus(current + 1); event.preventDefault(); return; }
    if (event.key === "k") { focus(current - 1); event.preventDefault(); return; }
    const button = pairs[current].querySelector(`button[data-key="${event.key}"]`);
    if (button) { event.preventDefault(); button.click(); }
  });
  focus(0);
})();
