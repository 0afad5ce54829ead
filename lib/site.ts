/** The listing page's name: the page this whole site grew from. */
export const LISTING_TITLE = 'Synergetic projects & liaison initiatives';

/**
 * The listing's name where a phone has room for two words: the header's link and the back
 * link of inner pages. The full title stays the page's heading and its name everywhere else.
 */
export const LISTING_SHORT_TITLE = 'All projects';
