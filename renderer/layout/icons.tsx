/** Small stroke icons (24×24 viewBox), drawn inline so no asset or font is needed. */
const paths = {
  sidebarLeft: 'M4 5h16v14H4z M9 5v14',
  sidebarRight: 'M4 5h16v14H4z M15 5v14',
  open: 'M3 7h6l2 2h10v10H3z',
  recent: 'M12 7v5l3 2 M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18',
  theme: 'M12 3a9 9 0 1 0 9 9a7 7 0 0 1-9-9',
  keyboard: 'M3 7h18v10H3z M7 14h10 M7 10h1 M11 10h1 M15 10h1',
  /** Numbered lines: paragraph numbers in the margin. */
  paragraphNumbers: 'M10 7h10 M10 12h10 M10 17h10 M5 5v4 M4 14.5h2.5l-2.5 3.5h2.5',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
