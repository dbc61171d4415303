/**
 * Built-in gazetteer data. One country per line: `Name|aliases;...|demonyms;...|capital`.
 * Then major non-capital cities (`City|Country`) and regions (`Region|Country`).
 */
export const COUNTRY_LINES = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani;Azeri|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus|Republic of Belarus;Byelorussia|Belarusian;Belorussian;Byelorussian|Minsk
Belgium||Belgian|Brussels
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
Colombia||Colombian|Bogota
Congo|Republic of the Congo;Democratic Republic of the Congo;DR Congo;DRC|Congolese|Kinshasa
Costa Rica||Costa Rican|San Jose
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|Djibouti
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France|French Republic|French|Paris
Gabon||Gabonese|Libreville
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India|Republic of India|Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh;Kazakhstani|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|Male
Mali||Malian|Bamako
Malta||Maltese|Valletta
Mauritania||Mauritanian|Nouakchott
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Monaco||Monegasque|Monaco
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Myanmarese;Burmese|Naypyitaw
Namibia||Namibian|Windhoek
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian Territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines||Filipino;Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|Singapore
Slovakia||Slovak|Bratislava
Slovenia||Slovenian;Slovene|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea;Korea|South Korean;Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Togo||Togolese|Lome
Tunisia||Tunisian|Tunis
Turkey|Turkiye;Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British|London
United States|US;U.S.;USA;U.S.A.;United States of America;America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;

/** Major cities that are not capitals: `City|aliases;...|Country`. */
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
New York|New York City;NYC|United States
Los Angeles||United States
Chicago||United States
Houston||United States
San Francisco||United States
Boston||United States
Miami||United States
Seattle||United States
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
California||United States
Texas||United States
Florida||United States
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
