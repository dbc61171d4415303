/**
 * Page furniture vocabulary: the words and line shapes of menus, share buttons, footers, credits
 * and section labels that pages print around a story. General to news sites; no one page's menu.
 */

/** Lines that end the story: everything from here on is footer. */
export const FOOTER_START = new RegExp([
  '^subscribe\\b', '^follow us\\b', '^share (this|on|via)\\b', '^recent news\\b', '^latest news\\b',
  '^related( news| articles| stories| content| coverage|:)', '^read (more|also)\\b', '^also read\\b',
  '^see also\\b', '^more (news|stories|from)\\b', '^most (read|popular|viewed)\\b', '^tags?:', '^topics?:',
  '^copyright\\b', '^©', '^all rights reserved', '^\\(?(reporting|writing|editing|additional reporting|compiled) by\\b',
  'contributed to this report\\.?$', '^you (may|might) also like', '^recommended\\b', '^comments?\\b',
  '^leave a comment', '^sign up\\b', '^newsletter\\b', '^if you (have|want)\\b.*(tip|subscribe)',
  '^(our )?editor\'?s? (picks|choice)', '^top stories\\b', '^news feed\\b', '^useful links\\b',
  '^any use of (the )?materials', '^(media|press|investor) (contacts?|enquiries|inquiries)', '^contacts?:',
  '^(?:this (?:article|story) was )?(?:first |originally )?published in [a-z][^.]{1,60}\\b\\d{4}\\.?$', '[\\w.-]+@[\\w-]+\\.\\w+', '\\+\\d[\\d ()-]{7,}', '^when using (the )?materials', '^the editorial (board|office)',
].join('|'), 'i');

/** Single lines inside a story that are not part of it ("Advertisement", photo credits). */
export const IN_BODY_JUNK = new RegExp([
  '^advertisement$', '^ad$', '^share$', '^print$', '^e-?mail$', '^copy link$', '^click here\\b',
  '^(file )?photo\\b.*:', '^\\(?photo:', '^file ?-', '^file photo', '^getty images$', '^watch:',
  '^read more:', '^read (more|also)$', '^related:', '^(more|see):', '^scroll to continue', '^story continues',
  '^listen to (this|the) (article|story)', '\\badvertisement\\b.*\\b(article|story) continues\\b', '^\\d+ min(ute)?s? (read|listen)$', '^image (source|caption)\\b',
].join('|'), 'i');

/** Social network names printed as share buttons. */
export const SOCIAL = /^(twitter|facebook|telegram|instagram|youtube|vk|vkontakte|whatsapp|viber|linkedin|x|tiktok|odnoklassniki|ok|rss|email|print)$/i;

/** A photo credit line: the line below it is a caption, not a headline. */
export const PHOTO_CREDIT = /^(?:getty images|reuters|afp|ap|epa|shutterstock|pa media|anadolu|[\p{L} .]+\/\s*(?:getty images|afp|reuters|ap|epa))$/iu;

/** Section names that pages print above a headline. */
export const SECTIONS = new Set(`society politics economy economics business world sport sports culture
  science technology tech health regions region opinion markets entertainment lifestyle
  travel environment education defence defense military incidents crime law europe asia africa americas middle-east uk us u.s. international national local
  finance energy agriculture industry media arts life analysis commentary features
  diplomacy security justice climate`.split(/\s+/).filter(Boolean));

/** First lines of a page that are no masthead ("Home", "Press release", "All news"). */
export const NOT_OUTLET_LINES = ['home', 'menu', 'news release', 'press release', 'breaking', 'live', 'search', 'english', 'all news', 'projects', 'services'];

/** Edition words after an outlet's name in a masthead ("Veloria Herald Online", "X English"). */
export const MASTHEAD_SUFFIXES = ['english', 'international', 'online', 'news'];

/** Labels before a headline's colon that belong to no headline ("Opinion: ...", "Explainer: ..."). */
export const HEADLINE_LABELS = ['opinion', 'analysis', 'exclusive', 'breaking', 'explainer', 'comment', 'editorial', 'interview', 'live', 'watch', 'video', 'news', 'update', 'updated', 'just in', 'developing'];

/** Labels before a date in a page header ("Published", "Updated", "Today"). */
export const DATE_LABELS = ['published', 'posted', 'updated', 'modified', 'today'];

/** Openings of a by-line or credit line ("By ...", "Reporting by ...", "With assistance from ..."). */
export const CREDIT_LEADS = ['By', 'Reporting by', 'Reporting from', 'Additional reporting by', 'Writing by', 'Editing by',
  'With assistance from', 'With reporting from', 'With additional assistance from', 'With additional reporting from', 'Compiled by'];

/** Closings of a credit line ("X contributed to this report"). */
export const CREDIT_TAILS = ['contributed to this report', 'contributed to this story', 'contributed reporting to this report', 'contributed reporting to this story'];

/** Words before "in"/"from" that make what follows a credit, not a place ("reporting from X", "Credit: ..."). */
export const CREDIT_WORDS = ['reported', 'reporting', 'writes', 'writing', 'contributed', 'credit', 'Credit'];

/** Labels before a photographer's name ("Photo: ...", "AP Photo/...", "Picture by ..."). */
export const PHOTO_CREDIT_LABELS = ['Photo credit', 'Image credit', 'Photograph', 'Photo', 'PHOTO', 'Picture', 'Image', 'Credit', 'CREDIT', 'Pic', 'Illustration'];

/** Photo agencies and pools printed after a photographer's name and a slash ("... / Getty Images"). */
export const PHOTO_AGENCIES = ['getty images', 'getty', 'shutterstock', 'alamy', 'pool', 'sipa', 'zuma', 'nurphoto', 'imago', 'sportsfile', 'inpho', 'press association', 'pa images', 'pa wire', 'bloomberg', 'file'];

/** Labels of an author line ("Author:", "Reporter:"), the name after the colon or on the next line. */
export const AUTHOR_LABELS = ['Author', 'Written by', 'Writer', 'Reporter', 'Correspondent', 'Text', 'Words'];

/** Closings of a reporter's contact line ("X can be reached at ..."). */
export const CONTACT_TAILS = ['can be reached at', 'can be reached by', 'can be contacted at', 'can be contacted by', 'can be reached via'];

/** Link lines that close a promo box ("Find out more ›"): the line above them is an advert, not the story. */
export const PROMO_LINKS = /^(?:find out more|learn more|discover more|shop now|visit (?:the )?site|explore more)\b/i;
