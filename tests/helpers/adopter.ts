/**
 * The new host the adoption tests adopt a copy for: a made-up project, so nothing here is a
 * fact about a real one. Its answers as `npm run adopt` takes them, by flag.
 */
export const ADOPTER_FLAGS = {
  name: 'TRAMLINK',
  'full-name': 'Trams Linking Regions Across Europe',
  grant: '101234567',
  programme: 'Horizon Europe',
  authority: 'CINEA',
  website: 'https://tramlink.example.eu/',
  contact: 'info@tramlink.example.eu',
  examples: 'drafts',
} as const;

/** Flags as command-line arguments: `--name TRAMLINK --full-name …`. */
export function asArgs(flags: Readonly<Record<string, string>>): string[] {
  return Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value]);
}
