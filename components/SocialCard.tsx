import { EU_EMBLEM_GEOMETRY } from './EuEmblem';

// The site's light palette (tailwind.config.ts). A card is a picture drawn by next/og
// (Satori), which takes styles as objects and knows no CSS variables or classes.
const INK = '#0b1f3a';
const MUTED = '#47536b';
const ACCENT = '#003399';
const SURFACE = '#ffffff';

/** What a social card says: the host, a small heading, the title and a line under it. */
export interface SocialCardText {
  /** The host project's short and full name, top left. */
  host: { name: string; fullName: string };
  /** What kind of page it is, above the title, such as the listing's name. */
  eyebrow: string;
  /** The page's title: a project's acronym, the listing's name. */
  title: string;
  /** A project's full name, or a line about the page. */
  subtitle?: string;
}

/**
 * The picture link previews show, 1200×630: the host's identity, the title and full
 * name, and the EU emblem with "Funded by the European Union" beside it, as in the footer
 * (the emblem's own drawing, scaled; the text beside it, never apart).
 */
export function SocialCard({ host, eyebrow, title, subtitle }: SocialCardText) {
  const emblemHeight = 84;
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: SURFACE, color: INK, borderTop: `20px solid ${ACCENT}`, padding: '48px 64px 52px' }}>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <span style={{ color: ACCENT, fontSize: 36 }}>{host.name}</span>
        <span style={{ color: MUTED, fontSize: 24, marginTop: 4 }}>{host.fullName}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>
        <div style={{ fontSize: 28, color: MUTED, marginBottom: 8 }}>{eyebrow}</div>
        <div style={{ fontSize: title.length > 24 ? 60 : 92, lineHeight: 1.1 }}>{title}</div>
        {subtitle ? (
          // Long lines get smaller type; three lines at most, so the funding line keeps its place.
          <div style={{ fontSize: subtitle.length > 90 ? 30 : 38, lineHeight: 1.25, color: MUTED, marginTop: 16, lineClamp: 3 }}>{subtitle}</div>
        ) : null}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 32 }}>
        <svg
          width={(emblemHeight * EU_EMBLEM_GEOMETRY.width) / EU_EMBLEM_GEOMETRY.height}
          height={emblemHeight}
          viewBox={`0 0 ${EU_EMBLEM_GEOMETRY.width} ${EU_EMBLEM_GEOMETRY.height}`}
          style={{ marginRight: 28 }}
        >
          <rect width={EU_EMBLEM_GEOMETRY.width} height={EU_EMBLEM_GEOMETRY.height} fill={EU_EMBLEM_GEOMETRY.blue} />
          <path d={EU_EMBLEM_GEOMETRY.stars} fill={EU_EMBLEM_GEOMETRY.gold} />
        </svg>
        <span>Funded by the European Union</span>
      </div>
    </div>
  );
}
