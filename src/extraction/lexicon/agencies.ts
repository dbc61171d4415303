/**
 * News agencies and wire services as datelines, by-lines and credits name them: the key is the
 * name as written (lower case), the value its canonical name and home time zone (null when the
 * agency works in many), used to read an unzoned dateline time.
 */
export const AGENCIES: Record<string, { name: string; zone: string | null }> = {
  belta: { name: 'BelTA', zone: '+03:00' }, tass: { name: 'TASS', zone: '+03:00' },
  'itar-tass': { name: 'TASS', zone: '+03:00' }, 'ria novosti': { name: 'RIA Novosti', zone: '+03:00' },
  ria: { name: 'RIA Novosti', zone: '+03:00' }, interfax: { name: 'Interfax', zone: '+03:00' },
  sputnik: { name: 'Sputnik', zone: '+03:00' }, xinhua: { name: 'Xinhua', zone: '+08:00' },
  cgtn: { name: 'CGTN', zone: '+08:00' }, 'china daily': { name: 'China Daily', zone: '+08:00' },
  kyodo: { name: 'Kyodo', zone: '+09:00' }, yonhap: { name: 'Yonhap', zone: '+09:00' },
  anadolu: { name: 'Anadolu', zone: '+03:00' }, pti: { name: 'PTI', zone: '+05:30' },
  ians: { name: 'IANS', zone: '+05:30' }, ani: { name: 'ANI', zone: '+05:30' },
  bernama: { name: 'Bernama', zone: '+08:00' }, antara: { name: 'Antara', zone: '+07:00' },
  irna: { name: 'IRNA', zone: '+03:30' }, sana: { name: 'SANA', zone: '+03:00' },
  reuters: { name: 'Reuters', zone: null }, ap: { name: 'AP', zone: null },
  'associated press': { name: 'AP', zone: null }, 'the associated press': { name: 'AP', zone: null },
  afp: { name: 'AFP', zone: null }, 'agence france-presse': { name: 'AFP', zone: null },
  'agence france presse': { name: 'AFP', zone: null }, dpa: { name: 'dpa', zone: null },
  efe: { name: 'EFE', zone: null }, upi: { name: 'UPI', zone: null }, bbc: { name: 'BBC', zone: null },
  ukrinform: { name: 'Ukrinform', zone: null }, kazinform: { name: 'Kazinform', zone: null },
  'belarusian telegraph agency': { name: 'BelTA', zone: '+03:00' }, xinhuanet: { name: 'Xinhua', zone: '+08:00' },
  'ap news': { name: 'AP', zone: null }, prnewswire: { name: 'PRNewswire', zone: null },
  trend: { name: 'Trend', zone: '+04:00' }, armenpress: { name: 'Armenpress', zone: '+04:00' },
};

/** Agencies whose US-style dateline names a region after the city ("KALVIK, Norland (AP)"). */
export const REGION_DATELINE_AGENCIES = ['AP', 'AFP', 'Reuters'];
