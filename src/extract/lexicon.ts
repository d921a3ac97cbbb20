/** Word lists shared by the stages. Lower-case unless said otherwise. */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sen sens rep reps gov gen lt col sgt capt cpt adm cmdr maj rev fr st jr sr messrs mt ft
  inc corp co ltd llc plc bros vs etc approx dept univ est
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
  tenn tex va vt wash wis wyo`);

/** Honorifics: part of how a person is named, never a role on their own. */
export const HONORIFICS = set(
  "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam mx mx. baroness baron duchess duke countess earl",
);

/** Female and male honorifics, the second-strongest gender evidence. */
export const FEMALE_HONORIFICS = set("mrs mrs. ms ms. miss dame lady madam baroness duchess countess");
export const MALE_HONORIFICS = set("mr mr. sir lord baron duke earl");

/** Heads of a title or role ("Secretary", "spokesman", "physicist"): what makes a pre-name chain a role. */
export const TITLE_WORDS = set(`
  secretary minister president vice-president chancellor premier governor gov gov. senator sen sen. sens sens.
  rep rep. representative congressman congresswoman lawmaker legislator mayor leader king queen prince princess
  councillor councilor alderman assemblyman assemblywoman mp mep td msp mla mpp mhk
  pope emperor sheikh emir sultan ambassador envoy consul diplomat commissioner spokesman spokeswoman spokesperson
  director chairman chairwoman chair chief ceo cfo coo cto founder co-founder executive head boss owner
  attorney prosecutor lawyer judge justice magistrate counsel solicitor barrister
  general gen gen. colonel col col. lieutenant lt lt. sergeant sgt sgt. captain capt capt. admiral adm adm.
  commander major marshal officer detective inspector constable superintendent sheriff
  professor prof prof. dr dr. doctor physician surgeon nurse scientist researcher physicist chemist biologist
  psychologist neuroscientist economist analyst historian sociologist epidemiologist virologist astronomer
  engineer geologist ecologist astrophysicist mathematician anthropologist archaeologist
  coach manager winger wing midfielder striker defender goalkeeper keeper skipper physio player forward
  team-mate teammate teammate chairman owner batsman bowler all-rounder wicketkeeper quarterback pitcher jockey
  centre-back full-back fly-half scrum-half pathologist coroner scholar fellow lecturer peer
  adviser advisor aide official administrator treasurer auditor secretary-general deputy assistant
  editor reporter correspondent columnist author writer actor actress singer rapper star activist campaigner
  rabbi imam bishop cardinal archbishop reverend rev rev. pastor priest
  novelist journalist artist pianist guitarist specialist lobbyist therapist dentist pharmacist politician
  technician musician comedian librarian photographer filmmaker director producer designer architect
  economist strategist spokesperson negotiator regulator investigator mediator
`);

/** Words that may precede a title in a role chain ("top Chinese diplomat", "former Wales skipper"). */
export const ROLE_MODIFIERS = set(`
  top senior former deputy chief acting assistant vice then interim longtime veteran retired incoming outgoing
  foreign defense defence finance interior justice trade health education state federal national regional
  local club team theoretical materials cognitive comparative clinical political legal military public
  principal lead leading associate visiting independent general executive managing press union party
  opposition industry police army government company campaign city county security intelligence investment
`);

/** Nouns that head a nominal speaker ("a senior administration official", "the company", "Prosecutors"). */
export const PERSON_NOUNS = set(`
  official spokesman spokeswoman spokesperson source minister secretary president director chairman chairwoman
  executive analyst expert researcher scientist economist professor lawyer attorney prosecutor judge witness
  diplomat aide adviser advisor administrator officer investigator resident victim doctor manager coach
  captain player winger wing midfielder striker defender skipper physio candidate lawmaker senator legislator
  representative leader member critic activist employee worker student teacher author owner founder person
  man woman mother father wife husband son daughter friend neighbour neighbor relative colleague colleagues
  mom mum dad brother sister partner girlfriend boyfriend fiance fiancee fiancé fiancée spouse widow widower
  grandson granddaughter uncle aunt cousin niece nephew stepfather stepmother
  insider person people individual chief ceo sponsor negotiator regulator mediator policymaker policy-maker
  decision-maker shopkeeper stakeholder shareholder homeowner landlord tenant farmer trader investor banker
  broker dealer buyer seller customer passenger driver pilot voter supporter opponent protester organiser
  organizer chef patient survivor volunteer pensioner commuter motorist shopper fisherman
`);

/**
 * Nouns a writer uses to refer back to someone already in the story by what they are ("the expert", "the Florida
 * fan", "the veteran"), not by an office that a new, unnamed source could hold ("the judge", "a spokesman").
 */
export const EPITHET_NOUNS = set(`
  expert specialist professional consultant insider fan star veteran youngster teenager pensioner athlete
  champion player striker midfielder defender winger goalkeeper forward skipper actor actress singer rapper
  entrepreneur businessman businesswoman author novelist writer chef campaigner activist man woman mother
  father mum dad grandmother grandfather
`);

/** Family relations: "Travis Kelce's mom" is someone the story may already have named. */
export const KINSHIP_NOUNS = set(`
  mother mom mum father dad wife husband son daughter brother sister partner girlfriend boyfriend fiance fiancee
  fiancé fiancée spouse widow widower grandson granddaughter grandmother grandfather uncle aunt cousin niece
  nephew stepfather stepmother`);

/** Epithets that tell the referent's gender: "the actress", "the father-of-three". */
export const FEMALE_EPITHETS = set(`
  woman mother mum mom grandmother actress businesswoman wife sister daughter girlfriend fiancee fiancée widow
  granddaughter aunt niece stepmother`);
export const MALE_EPITHETS = set(`
  man father dad grandfather actor businessman husband brother son boyfriend fiance fiancé widower grandson uncle
  nephew stepfather`);

/** Nouns that head an institutional speaker ("the company said", "a new study finds"). */
export const ORGANIZATION_NOUNS = set(`
  company firm ministry department agency government administration team group organization organisation
  navy nation country coastguard
  committee court police army military council commission office bureau embassy party campaign union
  university institute hospital newspaper network station club board authority authorities study report
  survey statement readout reading
`);

/**
 * Nouns that describe a business or institution and can stand before its name ("telecoms firm Airtel", "hostel
 * company Safestay") or refer back to it ("the company", "the Sheffield-based firm").
 */
export const ORGANIZATION_DESCRIPTORS = set(`
  company firm group agency organization organisation startup start-up maker manufacturer retailer lender
  carrier operator chain giant insurer provider conglomerate outfit
`);

/**
 * Institution nouns that can stand before a name ("Swedish newspaper Dagbladet", "broadcaster NRK", "the union
 * Unite") but refer back only to an organisation of the same kind ("the newspaper" is Dagbladet, not any company).
 */
export const INSTITUTION_DESCRIPTORS = set(`
  newspaper paper tabloid broadcaster outlet magazine channel network station union ministry department
  council court agency
`);

/** Documents that speak for their authors: "the email said"; "Mohammed's statement" speaks for Mohammed. */
export const DOCUMENT_NOUNS = set(`
  statement letter report readout reading post tweet video interview speech memo email message filing
  affidavit testimony complaint lawsuit release presentation slideshow document documents statements records
  filings emails messages reports papers analysis survey poll data figures study brochure leaflet pamphlet
  booklet guidance handbook manual website notice advisory bulletin newsletter
`);

/** Irregular past forms: a finite verb after a noun phrase shows a clause ("noted the FBI held a briefing"). */
export const IRREGULAR_PAST = set(`
  held had made took gave found became left felt brought began kept knew ran won lost paid met sent built spent
  led stood saw went came got put set cut hit fell rose grew drew chose broke spoke sold bought caught taught
  fought sought meant did was were`);

/** Collective nouns whose people follow "of": "a group of students", "a team of researchers". */
export const COLLECTIVE_NOUNS = set("group team coalition band crowd handful number couple");

/** Quantities of people before "of": "hundreds of tenants", "dozens of shopkeepers". */
export const QUANTITY_WORDS = set(
  "hundreds thousands dozens scores millions tens many most some several all both",
);

/** Plural heads of a group speaker. */
export const GROUP_NOUNS = set(`
  officials sources lawmakers senators legislators representatives researchers scientists experts analysts
  economists prosecutors lawyers attorneys investigators authorities police officers diplomats ministers
  leaders members critics activists residents witnesses employees workers students teachers doctors
  colleagues people players fans protesters campaigners advocates organizers organisers authors
  republicans democrats conservatives liberals voters parents families executives aides advisers advisors
  regulators negotiators participants volunteers survivors victims departments agencies companies firms
  governments countries organizations organisations ministries hackers veterans citizens delegates investors
  donors shareholders unions charities councils immigrants applicants consultants inspectors auditors commentators operators directors mediators
  personnel staff crew guards villagers locals campaigners supporters opponents
`);

/** Words in a name that make it an organisation. Capitalised in text. */
export const ORGANIZATION_KEYWORDS = set(`
  department ministry agency committee commission council university college institute laboratory
  court party bank corporation corp corp. inc inc. ltd ltd. llc plc company co co. group association
  foundation office administration house senate congress parliament assembly times post news service bureau
  organization organisation union fund board authority police army navy force forces network journal
  school hospital church club league federation society centre center museum press broadcasting
  airlines airways motors technologies systems industries holdings partners capital ventures labs studios
  books records media government cabinet secretariat directorate command guard reserve embassy council
  tribunal program programme initiative alliance coalition movement front brigade regime
  daily courier herald tribune gazette chronicle telegraph observer radio tv television broadcaster
  foods brands pharmaceuticals energy entertainment communications logistics stores markets insurance
`);

/** Well-known single-word organisations that carry no keyword. Capitalised. */
export const KNOWN_ORGANIZATIONS = new Set(
  `Microsoft Google Apple Amazon Meta Facebook Twitter Tesla Nvidia Intel IBM Netflix OpenAI Reuters CNN BBC
  NPR PBS AP AFP NATO UN EU WHO IMF OPEC FBI CIA NSA NASA Pentagon Kremlin Interpol Huawei Samsung Sony Toyota
  Boeing Airbus Uber Visa Walmart Pfizer Moderna Chelsea Arsenal Liverpool Everton Barcelona Juventus Roma
  Xinhua Bloomberg CBC ABC NBC CBS RTE RTÉ ITV`.split(/\s+/),
);

/** Places: named often, participants only when they speak by metonymy ("Beijing said"). Capitalised. */
export const PLACES = new Set(
  `Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus Belgium Bolivia
  Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia
  Denmark Ecuador Egypt England Estonia Ethiopia Europe Fiji Finland France Georgia Germany Ghana Greece
  Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
  Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya Lithuania Malaysia Mali Mexico Moldova
  Mongolia Montenegro Morocco Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Pakistan Palestine Panama
  Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore Slovakia
  Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine
  Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe America Africa Asia Antarctica Arctic
  US U.S UK U.K USA EU Washington Beijing Moscow London Paris Berlin Tokyo Seoul Jakarta Delhi Kyiv Kiev Brussels
  Geneva Rome Madrid Ottawa Canberra Taipei Tehran Baghdad Cairo Jerusalem Gaza Hong Kong Macau Shanghai
  Mainz Memphis Tennessee Chicago Buffalo Rochester York Illinois Alaska Maine Kentucky Missouri Mississippi
  California Texas Florida Ohio Michigan Virginia Carolina Dakota Portsmouth Cardiff Manchester Ill
  Netherlands England`.split(/\s+/),
);

/** Capitalised words that are never names: weekdays, months and frequent sentence openers. Lower-case. */
export const NOT_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december the a an and but or so yet for nor if when while although though because
  as after before since until during following despite in on at by with from into about over under of to
  this that these those there here it its he she they we i you his her their our my your both many some
  numerous several most all each every no not just also however still instead meanwhile moreover now then
  later earlier today yesterday tomorrow last next first second third efforts other another such what which
  who whom whose where why how according asked speaking reading more less even only once
  one two three four five six seven eight nine ten dozens hundreds thousands millions
  similarly additionally furthermore consequently accordingly nevertheless nonetheless separately ultimately
  finally currently previously recently initially eventually subsequently likewise otherwise therefore thus
  hence besides afterwards overall notably importantly specifically particularly indeed clearly apparently
  reportedly allegedly unfortunately fortunately interestingly surprisingly
`);

export const PRONOUNS = set("he she they it him her them");
/** Pronouns that are always subjects ("it" may be an object: "closing it would tell workers"). */
export const SUBJECT_PRONOUNS = set("he she they");
export const FIRST_PERSON = set("i we me us my our");

/** Words skipped between a subject and its cue ("Chinese officials also said", "Murkowski has said"). */
export const AUXILIARIES = set(`
  also has have had is was were are will would could should may might must did does do be been being
  later earlier again previously repeatedly recently then further publicly privately separately
  initially first finally once now still reportedly often already just quickly immediately subsequently
  similarly likewise too always long
`);

/** Finite auxiliaries and modals: after a bare noun they show a clause ("said occupancy had been …"). */
export const FINITE_AUXILIARIES = set(
  "is are was were has have had will would can could may might must should shall does did",
);

export const BE_FORMS = set("is was were are been being be");

/** Two-word adverbials skipped the same way ("Trump has in particular warned"). */
export const AUXILIARY_PHRASES = [
  "in particular",
  "for example",
  "in turn",
  "for instance",
  "at the time",
  // "have since confirmed": "since" is an adverb after a perfect auxiliary, no subordinator.
  "have since",
  "has since",
  "had since",
];

export const DETERMINERS = set("the a an this that these those his her its their our some any another one");

/** Determiners that only ever start a noun phrase (not "that", which also opens a clause). */
export const NOUN_DETERMINERS = set(
  "the a an its his her their our my your any every each no some these those another",
);

/** Words that open a subordinate clause: a subject never extends to the left across them. */
export const SUBORDINATORS = set(`
  although though while whereas because since if unless when whenever after before until as once and but or
  nor so yet however meanwhile that which who whom whose where why how what
`);

/** Openers of a subordinate clause that puts the main clause after the attribution ("While …, X says, …"). */
export const ADVERBIAL_SUBORDINATORS = set(
  "while although though whereas if when because since as unless once",
);

export const COORDINATORS = set("and but or");
export const RELATIVE_PRONOUNS = set("who which whose whom");

/** Question and complementiser words that can open a reported clause ("revealed how …", "asked whether …"). */
export const CLAUSE_OPENERS = set("that how whether why who when where if");

export const PREPOSITIONS = set(`
  in on at by with from into about over under of to for during after before since until across against among
  around through toward towards upon within without near via per than like amid behind beside beyond
`);

/** Participles and words used as prepositions that open a sentence's adverbial: "Following the strike, …". */
export const ADVERBIAL_PREPOSITIONS = set("following despite amid unlike besides given ahead");

export const NEGATIONS = set("not never n't no");

/** Words after a cue that are circumstances of the saying, not its content ("said Tuesday in a statement"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow earlier later
  recently again previously last this next week month year weekend morning afternoon evening night
`);

/** First names with a known gender: the weakest gender evidence, used after pronouns and honorifics. */
export const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
  debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
  christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
  kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
  theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla patty hillary nancy kamala
  theresa angela ursula marine giorgia jacinda nicola liz priti yulia svetlana natalia olga irina tatiana
  marina eva sabrina juliana clare carolyn emily susan lisa elena sofia ana lucia carmen isabel
  fatima aisha leila mei ling yan hui jing xiu
  katie jodie jodi alison allison amelia anne annie audrey beth bethany bridget caroline cassandra chloe claire
  clara claudia colleen courtney dana daisy dawn deirdre eileen elaine eleanor ella ellen eloise emilia erin
  esther eve fiona florence freya gabrielle gemma georgia gillian gina hayley heidi holly imogen ingrid irene
  isla jane janine jasmine jenny jess jessie jill joanna joanne josephine karin kate katharine kathy katrina
  kirsty kristen kristin kristina lara leah lily lindsay lindsey lorraine louise lucy lydia lynn lynne maeve
  maggie mandy margot marion marta maureen maxine melanie mia michaela miriam molly monica nadia naomi natasha
  niamh nina nora norma orla paige paula pauline penelope phoebe polly rachael rebekah rita roberta robyn rosa
  rosie roxanne sally selena serena sheila sian simone siobhan sonia sophie stacey stella susanne suzanne
  tamara tara tessa tina tracy tracey valerie vanessa vera veronica wendy yvonne zoe zara ava harriet kerry
  leanne lucinda martina melinda meredith noreen petra renee sinead una yasmin zainab priya anjali deepika
  sunita lakshmi nomvula thandi naledi zanele lerato palesa busisiwe ayesha amina khadija mariam nadine rania
  salma layla noura ngozi chiamaka adaeze yuki keiko hana sakura elif zeynep beatriz camila daniela gabriela
  luisa mariana paola valentina ximena francesca giulia chiara alessandra anja birgit greta heike ilse katja
  ulrike astrid sigrid agnieszka katarzyna magdalena annalena kristi kristy tammy tanya terri vicki vicky
  becky gwen gwyneth jo joy judi kathleen kay kylie lorna mairead melissa nancy rhian shannon sharon sue
  susie trudy
`);
export const MALE_NAMES = set(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
  dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
  vincent russell elijah louis bobby philip johnny antony tony matt mike jim bill bob tom joe dick ted
  barack joe vladimir xi emmanuel olaf boris rishi keir justin narendra recep benjamin volodymyr sergei
  dmitry alexei ivan igor yuri mikhail damian ryan steve olivier alex gary aaron
  mitch chuck elon jd russell vince tim greg nick
  mohammed muhammad ahmed ali omar hassan hussein abdul karim shaun sean
  andy oliver harry charlie oscar leo archie alfie freddie theo luke callum connor liam owen rhys ewan finn
  gareth gavin glen glenn graham hamish ian iain jake kieran martin neil nigel rory simon stuart toby trevor
  wesley barry brendan colin conor craig darren declan dominic duncan eamon eamonn fergus gordon howard hugh
  leon malcolm marcus max nathaniel niall norman phil quentin reece robbie rodney rupert seamus shane spencer
  stanley theodore victor warren adrian aidan alastair alistair alfred angus anton barney ben benny bert
  carlos cedric clive cyril dean derek desmond edgar edwin eli elliot elliott emmett enrique ernest evan felix
  francis fred geoffrey gerard gilbert harvey herbert isaac jared jeff jerome jimmy joel jon julian karl ken
  kenny kurt leonard lionel lloyd lorenzo luis manuel marco mario matthias maurice melvin mick mickey milton
  murray neville nico nikola otto pablo pedro percy pete rafael randall ricardo rick ricky rob roland ron
  ronnie ruben rudy sebastian seth sid sidney stefan terence tobias todd travis trent troy vernon wade walt
  wilfred zach zack ahmad hamza ibrahim khalid mahmoud mustafa samir tariq youssef sulaiman suleiman abdullah
  bilal faisal hamid jamal nabil rashid salim walid kwame kofi chidi emeka tunde thabo sipho themba mandla
  bongani sizwe hiroshi takashi kenji haruki rahul amit arjun raj ravi sanjay vijay rajesh suresh anil sunil
  deepak arvind hans jurgen jürgen klaus wolfgang dieter helmut friedrich franz lukas matteo giuseppe giovanni
  luca antonio alessandro francesco pierre jacques francois françois nicolas sébastien thierry miguel javier
  alejandro diego fernando jorge sergio rodrigo mateo santiago andrzej piotr tomasz lars sven anders erik nils
  mats olav giannis dimitris nikos kostas royce brent brett bradley chad clint curtis danny darryl dave
  dwight earl eddie ed ernie floyd gene gus hank harold jared jasper jeffery kirk lamar leroy mitchell nate
  neal ollie ray reggie roy sammy shawn stevie ted tommy tyrone vince wally
`);
/** First names borne by women and men alike: evidence of a person, not of a gender. */
export const UNISEX_NAMES = set(`
  taylor casey jamie morgan robin sam kim riley avery quinn sasha kiran chris pat lee
`);

/** Family names that come first (East Asian order): "Wang" can stand for "Wang Yi". Capitalised. */
export const SURNAME_FIRST = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang
  Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qin
  Xi Hao Leung Lam Wong Chan Cheung Ho Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim Moon Nguyen Tran Le Pham`.split(
    /\s+/,
  ),
);
