// Small line icons for the editor's toolbar (decorative: each button also carries its name).
const common = { width: 18, height: 18, viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round", "aria-hidden": true } as const;

export const icons = {
  link: (
    <svg {...common}>
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
    </svg>
  ),
  image: (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="M21 16l-5-5-9 9" />
    </svg>
  ),
  quote: (
    <svg {...common}>
      <path d="M10 7H6a2 2 0 0 0-2 2v3h5v5H5" />
      <path d="M20 7h-4a2 2 0 0 0-2 2v3h5v5h-4" />
    </svg>
  ),
  bulletList: (
    <svg {...common}>
      <path d="M3 6h12M3 12h12M3 18h12" />
      <circle cx="20" cy="6" r="1" fill="currentColor" />
      <circle cx="20" cy="12" r="1" fill="currentColor" />
      <circle cx="20" cy="18" r="1" fill="currentColor" />
    </svg>
  ),
  orderedList: (
    <svg {...common}>
      <path d="M3 6h12M3 12h12M3 18h12" />
      <path d="M19 4v4M18 14h3l-3 4h3" />
    </svg>
  ),
  undo: (
    <svg {...common}>
      <path d="M15 7l5 5-5 5" />
      <path d="M20 12H9a5 5 0 0 0 0 10h2" />
    </svg>
  ),
  redo: (
    <svg {...common}>
      <path d="M9 7l-5 5 5 5" />
      <path d="M4 12h11a5 5 0 0 1 0 10h-2" />
    </svg>
  ),
};
