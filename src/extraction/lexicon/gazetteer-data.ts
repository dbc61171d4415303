/**
 * Curated gazetteer data, merged over the generated one (gazetteer-generated.ts, from
 * world-countries and states-us). Countries come from the generated data; here only what it
 * lacks or spells otherwise than news text does.
 */

/** Canonical names kept where ours differ from world-countries' common name: `CODE|Name`. */
export const COUNTRY_NAMES = `
CZE|Czech Republic
TUR|Turkey
COD|Democratic Republic of the Congo
`;

/** Aliases and demonyms news text uses that the generated data lacks: `Country|aliases;...|demonyms;...`. */
export const COUNTRY_EXTRAS = `
Argentina||Argentinian
Azerbaijan||Azeri
Belarus|Byelorussia|Belorussian;Byelorussian
Bosnia and Herzegovina|Bosnia|
Botswana||Botswanan
China|PRC;Mainland China|
Djibouti||Djiboutian
Ecuador||Ecuadorian
Iceland||Icelandic
Kazakhstan||Kazakh
Kyrgyzstan||Kyrgyz
Laos||Lao
Netherlands|Holland|
North Macedonia|Macedonia|
United Arab Emirates|Emirates|
Eswatini|Swaziland|
Luxembourg||Luxembourgish
Maldives||Maldivian
Myanmar|Burma|Myanmarese
Nepal||Nepali
Palestine|Palestinian Territories|
Philippines||Philippine
Saudi Arabia||Saudi
Slovenia||Slovenian
South Korea|Korea|Korean
Tajikistan||Tajik
United Kingdom|UK;U.K.;Britain|
United States|US;U.S.;U.S.A.;America|
Uzbekistan||Uzbek
Republic of the Congo|Congo Republic|
`;

/**
 * Names that stand for more than one country: `Name|reading;reading`. The bare name is its own
 * place (never merged into a reading) unless the article's context picks one (places.ts).
 */
export const AMBIGUOUS_NAMES = `
Congo|Democratic Republic of the Congo;Republic of the Congo
`;

/**
 * Curated cities (before the generated capitals, so their spelling wins): `City|aliases;...|Country|US state`.
 * The state column lets "Atlanta, Georgia" name the state.
 */
export const CITY_LINES = `
St. Petersburg|Saint Petersburg;St Petersburg|Russia
Novosibirsk||Russia
Yekaterinburg||Russia
Kazan||Russia
Vladivostok||Russia
Sochi||Russia
Kaliningrad||Russia
Murmansk||Russia
Gomel|Homel|Belarus
Brest||Belarus
Grodno|Hrodna|Belarus
Vitebsk|Viciebsk|Belarus
Mogilev|Mahilyow|Belarus
Shanghai||China
Guangzhou||China
Shenzhen||China
Chongqing||China
Tianjin||China
Wuhan||China
Chengdu||China
Hong Kong||China
Xi'an||China
Harbin||China
Hangzhou||China
Nanjing||China
Kharkiv|Kharkov|Ukraine
Odesa|Odessa|Ukraine
Lviv||Ukraine
Dnipro||Ukraine
Washington|Washington D.C.;Washington, D.C.;Washington DC|United States
La Paz||Bolivia
Ulaanbaatar|Ulan Bator|Mongolia
Naypyitaw|Naypyidaw|Myanmar
Sanaa|Sana'a|Yemen
Manama||Bahrain
Sofia||Bulgaria
Pristina||Kosovo
Ramallah||Palestine
Taipei||Taiwan
Valletta||Malta
Andorra la Vella||Andorra
New York|New York City;NYC|United States|New York
Los Angeles||United States|California
Chicago||United States|Illinois
Houston||United States|Texas
San Francisco||United States|California
Boston||United States|Massachusetts
Miami||United States|Florida
Seattle||United States|Washington
Atlanta||United States|Georgia
Savannah||United States|Georgia
Dallas||United States|Texas
Philadelphia||United States|Pennsylvania
Phoenix||United States|Arizona
Detroit||United States|Michigan
Denver||United States|Colorado
New Orleans||United States|Louisiana
Geneva||Switzerland
Zurich||Switzerland
Davos||Switzerland
Munich||Germany
Hamburg||Germany
Frankfurt||Germany
Cologne||Germany
Milan||Italy
Naples||Italy
Barcelona||Spain
Marseille||France
Lyon||France
Strasbourg||France
Manchester||United Kingdom
Birmingham||United Kingdom
Edinburgh||United Kingdom
Glasgow||United Kingdom
Istanbul||Turkey
Izmir||Turkey
Mumbai|Bombay|India
Bangalore|Bengaluru|India
Kolkata|Calcutta|India
Chennai||India
Karachi||Pakistan
Lahore||Pakistan
Osaka||Japan
Kyoto||Japan
Busan||South Korea
Sydney||Australia
Melbourne||Australia
Toronto||Canada
Montreal||Canada
Vancouver||Canada
Sao Paulo||Brazil
Rio de Janeiro||Brazil
Dubai||United Arab Emirates
Jeddah||Saudi Arabia
Alexandria||Egypt
Johannesburg||South Africa
Cape Town||South Africa
Lagos||Nigeria
Almaty||Kazakhstan
Samarkand||Uzbekistan
Gaza|Gaza City|Palestine
Tel Aviv||Israel
Aleppo||Syria
Mosul||Iraq
Ho Chi Minh City|Saigon|Vietnam
Brussels||Belgium
The Hague||Netherlands
Rotterdam||Netherlands
Gdansk||Poland
Krakow||Poland
`;

/** Regions: `Region|aliases;...|Country`. */
export const REGION_LINES = `
Crimea||Ukraine
Donbas|Donbass|Ukraine
Siberia||Russia
Xinjiang||China
Tibet||China
Guangdong||China
Sichuan||China
Shandong||China
Jiangsu||China
Zhejiang||China
Henan||China
Hubei||China
Kashmir||India
Catalonia||Spain
Bavaria||Germany
Scotland||United Kingdom
Wales||United Kingdom
Northern Ireland||United Kingdom
England||United Kingdom
Gaza Strip||Palestine
West Bank||Palestine
Europe||
Asia||
Africa||
Middle East||
Latin America||
Central Asia||
`;
