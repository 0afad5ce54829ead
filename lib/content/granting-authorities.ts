/**
 * The EU bodies that manage research and innovation grants, as the EU disclaimer names
 * them (short name) and in full: the executive agencies, and the Commission for grants a
 * Directorate-General manages itself. `npm run adopt` offers these; site.md may name any.
 */
export const GRANTING_AUTHORITIES = [
  { name: 'CINEA', fullName: 'European Climate, Infrastructure and Environment Executive Agency' },
  { name: 'REA', fullName: 'European Research Executive Agency' },
  { name: 'ERCEA', fullName: 'European Research Council Executive Agency' },
  { name: 'HaDEA', fullName: 'European Health and Digital Executive Agency' },
  { name: 'EISMEA', fullName: 'European Innovation Council and SMEs Executive Agency' },
  { name: 'EACEA', fullName: 'European Education and Culture Executive Agency' },
  { name: 'European Commission', fullName: 'European Commission' },
] as const;

/** The authority with this short name, in any letter case. */
export function grantingAuthority(name: string) {
  return GRANTING_AUTHORITIES.find((authority) => authority.name.toLowerCase() === name.trim().toLowerCase());
}
