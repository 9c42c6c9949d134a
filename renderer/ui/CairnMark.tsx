// Cairn's mark: three stacked stones, drawn inline so it follows the theme's colours.
export function CairnMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="cairn-mark">
      <ellipse cx="16" cy="26" rx="12" ry="4.5" className="stone stone-1" />
      <ellipse cx="16" cy="17.5" rx="8.5" ry="3.8" className="stone stone-2" />
      <ellipse cx="16" cy="10" rx="5.5" ry="3.2" className="stone stone-3" />
    </svg>
  );
}
