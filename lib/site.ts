/** The listing page's name: the page this whole site grew from. */
export const LISTING_TITLE = 'Synergetic projects & liaison initiatives';
