/**
 * Words that say nothing about fit: function words in the languages the parser knows, and the
 * boilerplate every job ad shares ("experience", "team", "benefits", "equal opportunity"). They
 * weigh nothing in lexical similarity, so two postings from unrelated fields do not look alike
 * just because both are job ads.
 */
const FUNCTION_WORDS = `a an the and or but nor of to in on at by for with without from into onto over under
about above after before between through during within across per via as than then so such
is are was were be been being am do does did done have has had having will would shall should can
could may might must need needs this that these those it its they them their there here we our us
you your yours he she his her him i me my who whom whose which what when where why how all any
both each few more most other some no not only own same too very just also etc eg ie e.g i.e
und oder der die das den dem des ein eine einer eines einem einen mit von zu zum zur für auf im in
ist sind wir sie du dich dein deine ihr ihre ihren bei als auch aus nach über unter sowie wie
le la les un une des du de et ou en au aux avec pour par sur dans est sont nous vous votre vos
el los las unos unas y o en con para por del al es son nuestro nuestra tu tus su sus que se
os as um uma e ou com para por do da dos das em no na nos nas ao seu sua você`;

const JOB_AD_WORDS = `job jobs role roles position positions opportunity opportunities candidate candidates
applicant apply application applications company companies team teams teammate colleague colleagues
work working works worked join joining looking seeking hiring hire we're you'll you're we've
experience experiences year years month months day days week weeks time full part fulltime parttime
ability able strong excellent good great solid proven demonstrated track record knowledge
understanding familiarity familiar skill skills skilled required requirement requirements
preferred plus bonus nice must should ideal ideally desired desirable responsible responsibility
responsibilities duties duty include includes including like well new best help helping support
across within environment culture mission vision values benefit benefits salary compensation
pay competitive package perks offer offering equal employer opportunity diverse diversity
inclusion inclusive gender race religion disability veteran status origin sexual orientation
age national protected law applicable regard regardless please send resume cv cover letter
location based office remote hybrid onsite site hours schedule shift flexible start date
level senior junior mid lead staff principal associate intern entry head
related field fields degree equivalent relevant other others etc various multiple every each
high highly fast paced dynamic passionate motivated self starter driven detail oriented
make makes making ensure ensuring provide providing maintain maintaining use using used
within through across key core main primary new world leading leader global growing growth
industry
people person individual individuals member members part including plus minimum least
über mehr jahre jahren erfahrung kenntnisse aufgaben profil bieten unternehmen stelle
ans expérience poste entreprise équipe profil años experiencia empresa equipo puesto
anos experiência empresa equipe vaga
build building create creating drive driving deliver delivering improve improving own owning
collaborate collaborating collaboration collaborative cross functional stakeholder stakeholders
communicate communication communicating written verbal effective effectively complex problem
problems solving solve solutions solution impact result results success successful deadline
deadlines independently independent organized organizational priorities prioritize attention
task tasks opportunity thrive love enjoy exciting excited fun want will able apply today`;

export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${JOB_AD_WORDS}`.split(/\s+/).filter(Boolean),
);
