# Bransjenorsk – norsk bokmål.
# Every message id here must also be in uk.ftl and en.ftl.

app-name = Bransjenorsk
language-label = Språk
language-unavailable = Språket kunne ikke lastes ned. Sjekk internettforbindelsen og prøv igjen.
loading = Laster …
retry = Prøv igjen
back-home = Til forsiden
back-to-sector = Tilbake til { $sector }

## Navigation

nav-label = Hovedmeny
nav-home = Hjem
nav-settings = Innstillinger
nav-about = Hjelp

## Home

home-title = Velg bransje
home-heading = Hvor jobber du?
home-intro = Velg bransjen du jobber i eller vil jobbe i, og øv på norsken du trenger der.

## Sectors

sector-helse = Helse og omsorg
sector-helse-jobs = Assistent eller helsefagarbeider på sykehjem og i hjemmetjenesten
sector-helse-requirement = Helsedirektoratet anbefaler at alle som ansettes i helse- og omsorgstjenesten, kan norsk på B2-nivå, muntlig og skriftlig.
sector-barnehage = Barnehage
sector-barnehage-jobs = Assistent i barnehage
sector-barnehage-requirement = Barnehageloven krever norsk på B1-nivå i lesing, lytting og muntlig og på A2-nivå skriftlig.
sector-horeca = Hotell, restaurant og kafé
sector-horeca-jobs = Kjøkkenhjelp, servitør, resepsjon og renhold av hotellrom
sector-horeca-requirement = Det er arbeidsgiveren som bestemmer kravet. Mange ansetter på nivå A1–A2 og forventer at norsken blir bedre i jobben.
sector-renhold = Renhold
sector-renhold-jobs = Renholder på kontorer, skoler, hoteller og sykehus
sector-renhold-requirement = Det er arbeidsgiveren som bestemmer kravet. Mange ansetter på nivå A1–A2 og forventer at norsken blir bedre i jobben.
sector-teknisk = Tekniske tjenester
sector-teknisk-jobs = Vaktmester, drift og vedlikehold i boliger, skoler og kommunale bygg
sector-teknisk-requirement = Det er arbeidsgiveren som bestemmer kravet. Arbeidsordrer, sikkerhetsregler og samtaler med beboere krever omtrent nivå B1.
sector-arbeidsliv = Arbeidslivet
sector-arbeidsliv-jobs = Det alle trenger: arbeidskontrakt, lønnsslipp, turnus, sykemelding og HMS
sector-arbeidsliv-requirement = Dette gjelder alle bransjer: ord og regler du møter i hver jobb i Norge.
sector-pack-count =
    { $count ->
        [one] { $count } pakke
       *[other] { $count } pakker
    }
sector-no-packs = Det finnes ingen pakker for denne bransjen ennå.
readiness-heading = Så langt har du kommet
readiness-target = Målet for jobbene her er norsk på nivå { $level }. Du har øvd på { $practised } % av oppgavene til og med { $level } og mestrer { $mastered } %.
readiness-all = Du har øvd på { $practised } % av oppgavene her og mestrer { $mastered } %.
readiness-not-a-test = Dette viser øvingen din i appen, ikke et testresultat. Bare en godkjent prøve, for eksempel Norskprøven, dokumenterer nivået ditt.

## Levels (CEFR)

level-a1 = Nybegynner
level-a2 = Grunnleggende
level-b1 = Mellomnivå
level-b2 = Øvre mellomnivå

## Packs

pack-words = { $count } ord
pack-meta = { $words } ord · { $kilobytes } kB
pack-vocabulary = Ord og uttrykk
pack-credits = Laget av { $authors }. Lisens: { $licence }.
pack-error-offline = Pakken kunne ikke lastes ned. Sjekk internettforbindelsen og prøv igjen.
pack-error-not-kept = Du er uten nett, og denne pakken er ikke lagret på enheten ennå. Åpne den én gang mens du er på nett, så virker den uten nett etterpå.
pack-error-missing = Pakken finnes ikke på serveren. Prøv igjen senere.
pack-error-broken = Pakken er skadet og kan ikke vises. Det du har lagret, er ikke berørt.

## Not found

not-found-title = Fant ikke siden
not-found-text = Denne adressen finnes ikke i Bransjenorsk. Kanskje lenken er gammel eller ble kuttet.

## Settings

settings-title = Innstillinger
settings-language = Språk i appen
settings-storage = Lagring
storage-ok = Fremgangen og valgene dine lagres bare i denne nettleseren på denne enheten.
storage-unavailable = Nettleseren lar ikke appen lagre noe (kanskje i privat modus). Du kan øve, men fremgangen og valgene dine forsvinner når du lukker siden.
storage-full = Lagringsplassen i nettleseren er full. Det som allerede er lagret, er trygt, men nye endringer kan ikke lagres. Frigjør plass og prøv igjen.
storage-corrupted = Noe av det som er lagret, kan ikke leses. Det er ikke slettet.
storage-failed = Nettleseren kunne ikke lagre. Prøv igjen.


## I dag og repetisjon

today-heading = I dag
today-due = { $count ->
        [0] Ingenting skal repeteres nå.
        [one] Én oppgave skal repeteres.
       *[other] { $count } oppgaver skal repeteres.
    }
today-new = { $count ->
        [0] Ingen flere nye oppgaver i dag.
        [one] Opptil én ny oppgave i dag.
       *[other] Opptil { $count } nye oppgaver i dag.
    }
today-streak = { $count ->
        [one] Du har øvd én dag på rad.
       *[other] Du har øvd { $count } dager på rad.
    }
today-chart = De siste to ukene: { $minutes ->
        [one] ett minutt
       *[other] { $minutes } minutter
    } øving på { $days ->
        [one] én dag
       *[other] { $days } dager
    }.
today-start = Start repetisjonen
review-title = Repetisjon
review-nothing = Det er ingenting å repetere nå, og ingen nye oppgaver igjen i dag. Kom tilbake i morgen, eller øv på en pakke du velger selv.
review-packs-missing = { $count ->
        [one] Én pakke kunne ikke lastes ned og er utelatt.
       *[other] { $count } pakker kunne ikke lastes ned og er utelatt.
    }
## Lagret fremgang

progress-newer = Fremgangen din ble lagret av en nyere versjon av Bransjenorsk. Last inn siden på nytt for å få den nyeste versjonen.
progress-understood = Greit
progress-kept-in-memory = De siste svarene dine tas bare vare på så lenge denne siden er åpen. Last ned en sikkerhetskopi så du ikke mister dem.
storage-full-help = For å få plass kan du slette bilder, videoer eller apper du ikke trenger lenger, eller slette lagrede data fra andre nettsteder i innstillingene til nettleseren. Appen prøver å lagre på nytt med noen sekunders mellomrom og varsler deg, der nettleseren tillater det, hvis du prøver å lukke siden før svarene er lagret.
progress-download-backup = Last ned en sikkerhetskopi
progress-persisted = Denne nettleseren har lovet å ta vare på fremgangen din også når enheten får lite lagringsplass.
progress-not-persisted = Denne nettleseren kan slette fremgangen din hvis enheten får lite lagringsplass, eller hvis du sletter data i nettleseren. Last ned en sikkerhetskopi innimellom, eller legg appen til på startskjermen.
progress-persist-unknown = Denne nettleseren sier ikke om den tar vare på fremgangen din når enheten får lite lagringsplass. Last ned en sikkerhetskopi innimellom.
backup-reminder = Du har øvd sju dager uten å laste ned en sikkerhetskopi, og denne nettleseren kan slette fremgangen din hvis enheten får lite lagringsplass. Last ned en sikkerhetskopi og legg den et trygt sted, for eksempel ved å sende den til deg selv på e-post.
backup-later = Minn meg på det senere
settings-review = Repetisjon
settings-retention = Hvor mye du vil huske
settings-retention-intro = Ord og oppgaver kommer tilbake like før du sannsynligvis glemmer dem. Jo mer du vil huske, desto flere repetisjoner får du hver dag.
settings-retention-80 = 80 % – færre repetisjoner
settings-retention-85 = 85 %
settings-retention-90 = 90 % – anbefalt
settings-retention-95 = 95 % – flere repetisjoner
settings-new-per-day = Nye oppgaver per dag (høyst)
import-heading = Hent inn en sikkerhetskopi
set-aside-damaged = Dette kunne ikke leses fordi det som er lagret, er skadet: { $what }.
set-aside-kept = Det er lagt til side urørt, og nye endringer lagres for seg. Last det ned for å ha en kopi.
set-aside-not-kept = Det var ikke plass til å legge det til side, så ingenting nytt blir lagret over det før du frigjør plass. Last det ned for å ha en kopi.
set-aside-download = Last ned det som ikke kunne leses
kept-progress = fremgangen din
kept-review = innstillingene dine for repetisjon
kept-assignments = oppdragene du har tatt imot
kept-mentor = oppdragene dine og rapportene fra deltakerne (mentormodus)
kept-learner-name = navnet du skriver på rapportene
kept-lang = språket du valgte
kept-support = støttespråket du valgte
kept-sound = innstillingen for lyd
kept-heard-voice = svaret ditt på stemmetesten
kept-backup-day = dagen for den siste sikkerhetskopien din
import-intro = En sikkerhetskopi inneholder fremgangen din, oppdragene du har tatt imot, oppdragene og rapportene i mentormodus og innstillingene dine. Du velger hva som skal skje med hver del, før noe blir endret.
import-made = Laget { $date }.
import-holds = Sikkerhetskopien inneholder:
import-holds-progress = Fremgang: { $items ->
        [one] én oppgave
       *[other] { $items } oppgaver
    } i { $packs ->
        [one] én pakke
       *[other] { $packs } pakker
    }, { $days ->
        [one] én dag
       *[other] { $days } dager
    } med øving
import-holds-assignments = Oppdrag du har tatt imot: { $count }
import-holds-mentor = Mentormodus: { $assignments ->
        [one] ett oppdrag
       *[other] { $assignments } oppdrag
    } og { $reports ->
        [one] én rapport
       *[other] { $reports } rapporter
    }
import-holds-settings = Innstillinger: { $count ->
        [one] ett valg
       *[other] { $count } valg
    } (språk, lyd, repetisjon, navnet ditt på rapporter)
import-choice-merge = Legg til i det som er på denne enheten
import-choice-replace = Erstatt det som er på denne enheten
import-choice-leave = Ikke hent inn
import-back = Tilbake til innstillingene
import-start = Hent inn
import-empty = Denne sikkerhetskopien inneholder ingenting å hente inn. Ingenting er endret.
import-done = Sikkerhetskopien er hentet inn:
restored-progress = { $how ->
        [replace] Fremgangen er erstattet med sikkerhetskopiens: { $count ->
            [one] én oppgave
           *[other] { $count } oppgaver
        }.
        [leave] Fremgangen er som før.
       *[merge] Fremgang lagt til: { $count ->
            [one] én oppgave
           *[other] { $count } oppgaver
        } som var nye eller nyere i sikkerhetskopien.
    }
restored-assignments = { $how ->
        [replace] Oppdragene du har tatt imot, er erstattet med sikkerhetskopiens: { $count }.
        [leave] Oppdragene du har tatt imot, er som før.
       *[merge] Oppdrag lagt til fra sikkerhetskopien: { $count }.
    }
restored-mentor = { $how ->
        [replace] Mentormodus er erstattet med sikkerhetskopiens: { $count ->
            [one] ett oppdrag eller én rapport
           *[other] { $count } oppdrag og rapporter
        }.
        [leave] Mentormodus er som før.
       *[merge] Lagt til i mentormodus fra sikkerhetskopien: { $count ->
            [one] ett oppdrag eller én rapport
           *[other] { $count } oppdrag og rapporter
        }.
    }
restored-settings = { $how ->
        [replace] Innstillinger hentet fra sikkerhetskopien: { $count }.
        [leave] Innstillingene er som før.
       *[merge] Innstillinger du ikke hadde valgt på denne enheten, hentet fra sikkerhetskopien: { $count }.
    }
import-choose = Velg en sikkerhetskopi
import-not-backup = Denne filen er ikke en sikkerhetskopi fra Bransjenorsk, eller den er skadet. Ingenting er endret.
import-too-large = Filen er større enn noen sikkerhetskopi appen lager, så den ble ikke lest. Ingenting er endret.
import-newer = Denne sikkerhetskopien kommer fra en nyere versjon av Bransjenorsk. Last inn siden på nytt for å få den nyeste versjonen, og prøv igjen. Ingenting er endret.
reset-start = Slett all fremgang …
reset-what = Dette sletter svarene dine på { $items ->
        [one] én oppgave
       *[other] { $items } oppgaver
    } i { $packs ->
        [one] én pakke
       *[other] { $packs } pakker
    } og øvingsloggen din for { $days ->
        [one] én dag
       *[other] { $days } dager
    }.
reset-cannot-undo = Dette kan ikke angres. Last ned en sikkerhetskopi først, i tilfelle du vil ha fremgangen tilbake.
reset-confirm = Slett fremgangen min
reset-cancel = Avbryt
reset-done = Fremgangen din er slettet.

## About

about-title = Hjelp og informasjon
about-what = Bransjenorsk er en app for å øve på norsken du trenger i jobben: i helse og omsorg, barnehage, hotell og restaurant, renhold, tekniske tjenester og arbeidslivet generelt.
about-who = Den er laget for deg som er ny i Norge og lærer norsk ved siden av jobb eller praksis. På nivå A1–A2 får du hjelp på ukrainsk eller engelsk.
about-privacy-heading = Personvern
about-privacy = Alt du gjør i appen, lagres bare i nettleseren på enheten din. Appen krever ingen konto, sender ingenting til noen server og bruker verken sporing eller reklame.
about-licence-heading = Lisens
about-licence = Øvingsinnholdet har lisensen CC BY-SA 4.0: Du kan dele og bearbeide det så lenge du oppgir kilden og deler videre på samme vilkår. Programkoden er fri programvare (MIT eller Apache 2.0).
about-version = Versjon { $version }
about-teachers-heading = For lærere
about-teachers = Skriv egne pakker i studioet, se dem slik deltakerne ser dem, og del dem ut. Eller sjekk en pakkefil før du deler den.
mentor-studio = Trenger deltakerne dine ord som appen ikke har? Lag en egen pakke i studioet.

## Checking a pack file

check-title = Sjekk en pakke
check-intro = Velg en pakkefil (.toml, eller .zip med lydopptak og bilder) for å se om den er klar for appen. Filen blir på denne enheten.
check-choose = Pakkefil
check-not-read = Filen kunne ikke leses.
check-too-large = Filen er på { $size } kB, mer enn de { $limit } kB en pakkefil kan ha, så den ble ikke lest.
check-checking = Sjekker filen …
check-unavailable = Programmet som sjekker pakker, kunne ikke startes. Det lastes ned første gang du bruker det. Sjekk internettforbindelsen og prøv igjen.
check-ok = Fant ingen feil i «{ $title }».
check-exercises =
    { $count ->
        [one] { $count } oppgave
       *[other] { $count } oppgaver
    }
check-problems =
    { $count ->
        [one] Fant { $count } feil:
       *[other] Fant { $count } feil:
    }
problem-at = Linje { $line }, kolonne { $column }
subject-pack = Pakken
subject-word = Ordet «{ $id }»
subject-item = Oppgaven «{ $id }»
problem-syntax = Dette er ikke gyldig TOML: { $detail }
problem-shape = Filen er ikke bygd opp som en pakke: { $detail }
problem-missing-schema = Linjen «schema = 1» mangler øverst.
problem-unsupported-schema = Denne pakken er skrevet for format { $found }, men denne versjonen av appen leser format { $supported }. Oppdater appen.
problem-not-utf8 = Filen er ikke UTF-8-tekst. Lagre den som UTF-8.
problem-file-too-large = Filen er for stor: { $size } B. En pakke kan være på høyst { $limit } B.
problem-bad-id = ID-en «{ $id }» kan bare ha små bokstaver a–z, sifre og bindestrek.
problem-duplicate-id = ID-en «{ $id }» er brukt mer enn én gang i denne pakken (første gang på linje { $first }).
problem-duplicate-pack-id = Pakke-ID-en «{ $id }» er allerede brukt av en annen pakke.
problem-bad-version = Versjonen «{ $version }» må se ut som 1.0.0.
problem-wrong-sector-folder = Pakken oppgir bransjen «{ $sector }», men ligger i mappen «{ $folder }».
problem-empty = «{ $field }» er tom.
problem-too-few = «{ $field }» må ha minst { $min } elementer.
problem-answer-not-in-options = Svaret «{ $answer }» er ikke blant alternativene.
problem-duplicate-option = Alternativet «{ $option }» står to ganger.
problem-gap-count = Teksten må ha nøyaktig én luke skrevet som ___, men har { $found }.
problem-missing-why = Alternativet «{ $option }» er feil og trenger en forklaring (why): si i én setning hvorfor det er feil.
problem-why-not-wrong = Forklaringen (why) gjelder «{ $option }», som ikke er et feil alternativ. Bare alternativer som er feil, har en forklaring.
problem-alternative-not-answer = Alternativ { $number } må bruke brikkene i svaret, hver én gang, i en annen rekkefølge.
problem-tile-missing = Svaret bruker brikken «{ $tile }», som ikke er blant brikkene.
problem-tile-overused = Svaret bruker brikken «{ $tile }» flere ganger enn den finnes blant brikkene.
problem-unknown-speaker = En replikk er gitt til «{ $speaker }», som ikke er blant deltakerne.
problem-learner-count = En dialog må ha nøyaktig én deltaker med learner = true, men har { $found }.
problem-learner-turn = En replikk for den som øver, må ha alternativer der ett er merket correct = true, eller svar å skrive.
problem-turn-without-text = En replikk fra en annen deltaker må ha tekst.
problem-missing-translation = «{ $field }» mangler teksten for «{ $lang }» på dette nivået.
problem-too-long = «{ $field }» er { $length } tegn lang; høyst { $limit } får plass på en mobilskjerm.
problem-markup = «{ $field }» inneholder kode som <b> eller <script>. Skriv ren tekst.
problem-control-character = «{ $field }» inneholder et usynlig kontrolltegn.
problem-written-form = «{ $field }» leses høyt, men har forkortelsen «{ $abbreviation }». Skriv det slik det blir sagt: «klokka ti», ikke «kl. ti».
problem-missing-file = Filen «{ $file }» finnes ikke.
problem-media-type = Filen «{ $file }» må være en av disse: { $allowed }.
problem-media-too-large = Filen «{ $file }» er på { $size } kB; den kan være på høyst { $limit } kB.
problem-media-total = Lydopptakene og bildene i pakken er på { $size } kB til sammen, men kan være på høyst { $limit } kB.
problem-media-content = { $found ->
        [none] Filen «{ $file }» er navngitt som { $named }, men er ikke et lydopptak eller bilde appen kan spille av eller vise.
       *[other] Filen «{ $file }» er navngitt som { $named }, men inneholder { $found }. Lagre den som { $named }, eller gi den et navn etter hva den er.
    }
problem-zip-damaged = .zip-filen er skadet eller er ikke en zip-fil. Lag den på nytt.
problem-zip-unsupported = .zip-filen er pakket på en måte appen ikke leser (med passord eller en uvanlig komprimering). Lag den på nytt med vanlige innstillinger.
problem-zip-too-many-files = .zip-filen inneholder { $count } filer; en pakke kan ha høyst { $limit }.
problem-zip-unsafe-name = .zip-filen inneholder «{ $file }», og navnet peker ut av pakken.
problem-zip-file-too-large = Filen «{ $file }» i .zip-filen blir større enn { $limit } kB når den pakkes ut.
problem-zip-too-large = Filene i .zip-filen blir til sammen større enn { $limit } kB når de pakkes ut.
problem-zip-no-pack = .zip-filen har ingen pakkefil (.toml) øverst.
problem-zip-many-packs = .zip-filen inneholder mer enn én pakkefil: { $files }. Legg hver pakke i sin egen zip-fil.
problem-zip-file-not-named = .zip-filen inneholder «{ $file }», som pakken ikke nevner. Ta den ut, eller nevn den i pakken.
problem-plays = «plays» må være fra { $min } til { $max }, men er { $found }.
problem-unknown-prerequisite = Pakken «{ $id }», som skal gjøres først, finnes ikke.
problem-blank = «{ $field }» er tom. Skriv teksten, eller ta bort feltet.
problem-needs-itself = Pakken «{ $id }» har seg selv blant pakkene som skal gjøres først.
problem-need-each-other = Disse pakkene krever hver at den neste gjøres først, så ingen av dem kan startes: { $packs }.
problem-answer-without-options = «answer» sier hvilket alternativ som er riktig, men det finnes ingen «options». Legg dem til, eller ta bort «answer».
problem-invisible-character = «{ $field }» inneholder et usynlig tegn (for eksempel et mellomrom uten bredde eller et retningstegn), ofte kopiert fra en nettside. Skriv teksten på nytt.
problem-slip-quote = Et anførselstegn (") inne i en tekst avslutter teksten for tidlig. Skriv det som \" eller bruk « » i stedet.
problem-slip-enter = En tekst i "…" må avsluttes med et anførselstegn på samme linje. Legg til det manglende ", eller sett en tekst over flere linjer mellom """ og """.
problem-slip-apostrophe = En tekst i enkle anførselstegn kan ikke inneholde en apostrof ('). Sett teksten i doble anførselstegn i stedet.
problem-slip-brackets = Hver oppføring begynner med [[{ $list }]], med to klammer på hver side; [{ $list }] leses som én enkelt tabell.
problem-wrong-type = «{ $field }» må være { $want ->
        [text] en tekst i anførselstegn: "…"
        [texts] en liste med tekster, for eksempel ["a", "b"]
        [two-texts] en liste med to tekster, for eksempel ["syk", "sik"]
        [pairs] en liste med tekstpar, for eksempel [["et håndkle", "🧺"], ["en kam", "💇"]]
        [number] et helt tall uten anførselstegn, for eksempel 2
        [yes-no] true eller false, uten anførselstegn
        [translations] tekster per språk, for eksempel {"{"} uk = "…", en = "…" {"}"}
        [translations-list] en liste med tekster per språk, for eksempel [{"{"} uk = "…", en = "…" {"}"}]
        [speakers] en liste med personer, for eksempel [{"{"} id = "kari", name = "Kari" {"}"}]
        [turns] en liste med replikker, for eksempel [{"{"} speaker = "kari", text = "Hei!" {"}"}]
        [whys] tekster på hvert språk for hvert alternativ som er feil, for eksempel why."hjelpe" = {"{"} uk = "…", en = "…" {"}"}
        [orders] en liste med lister av brikker, for eksempel [["jeg", "jobber", "i dag"]]
       *[replies] en liste med svar, for eksempel [{"{"} text = "Ja.", correct = true {"}"}]
    }.

## Practice

pack-exercises =
    { $count ->
        [one] { $count } oppgave
       *[other] { $count } oppgaver
    }
pack-progress = { $done } av { $total } fullført
pack-memory = Skal repeteres: { $due } · Mestret: { $mastered }
pack-practise = Begynn å øve
pack-no-exercises = Denne pakken har ingen oppgaver ennå. Du kan likevel lære ordene nedenfor.
practice-title = Øving: { $title }
play-close = Avslutt øvingen
play-progress = Fremgang i denne økten
play-left-out =
    { $count ->
        [one] Én oppgave i denne pakken kan ikke vises i denne versjonen av appen ennå, så den er hoppet over.
       *[other] { $count } oppgaver i denne pakken kan ikke vises i denne versjonen av appen ennå, så de er hoppet over.
    }
play-show-translation = Vis oversettelse
play-translation-into = Oversettelse til
play-hint = Hint
play-right = Riktig!
play-almost = Nesten riktig.
play-wrong = Ikke helt.
play-done = Ferdig.
play-slip-letters = Se på bokstavene æ, ø og å.
play-slip-typo = Sjekk skrivemåten: Én bokstav er feil.
play-answer-is = Svaret:
play-continue = Fortsett
play-gap-label = luke
play-your-answer = Svaret ditt
play-dont-know = Jeg vet ikke
play-check = Sjekk
play-order-built = Svaret ditt
play-order-tiles = Brikker å velge blant
play-match-label = Par som hører sammen
play-your-message = Meldingen din
play-show-model = Sammenlign med et eksempelsvar
play-model = Eksempelsvar
play-checklist = Har du fått med dette i meldingen din?
play-turn-card = Vis betydningen
play-rate-question = Hvor godt kan du dette?
play-rate-again = Kan ikke ennå
play-rate-hard = Vanskelig
play-rate-good = Kan det
play-rate-easy = Lett
play-summary = Økten er ferdig
play-summary-perfect = Alt riktig. Bra jobbet!
play-summary-score = Riktig på første forsøk: { $right } av { $answered }.
play-summary-almost = Nesten riktig: { $count }
play-summary-wrong = Feil: { $count }
play-summary-read = Notater lest: { $count }
play-summary-review = Verdt å se på igjen
play-back-to-pack = Tilbake til pakken
play-again = Øv igjen
play-flashcard = Vet du hva dette betyr?
play-choice = Velg riktig svar.
play-gap = Velg ordet som passer i luken.
play-cloze = Skriv ordet som mangler.
play-translate = Skriv dette på norsk.
play-order-words = Sett ordene i riktig rekkefølge.
play-order-sentences = Sett setningene i riktig rekkefølge.
play-match = Finn parene som hører sammen.
play-dialogue = Vær med i samtalen: Velg eller skriv svaret ditt.
play-message = Skriv meldingen på norsk.
play-culture = Godt å vite
settings-support = Hjelp når du øver
settings-support-intro = På nivå A1 og A2 vises instruksjoner, hint og ordforklaringer på dette språket. Fra B1 øver du på norsk, med oversettelse når du ber om det.
support-none = Bare norsk

## Sound
sound-listen = Lytt
sound-play = Spill av
sound-slow = Sakte
sound-playing = Spiller av
sound-plays-left = Avspillinger igjen: { $count }
sound-no-voice = Ingen norsk stemme
sound-no-voice-why = Denne enheten har ingen norsk stemme, så den kan ikke lese dette høyt. Appen leser aldri norsk med en stemme for et annet språk.
sound-how-to-add = Slik legger du til en norsk stemme
play-listening-choose = Lytt og velg det du hører.
play-listening-type = Lytt og skriv det du hører.
play-minimal-pair = Lytt. Hvilket ord hører du?
play-speaking = Lytt, si det høyt og ta opp deg selv.
play-left-out-sound-off =
    { $count ->
        [one] Én lytte- eller taleoppgave er hoppet over fordi lyden er slått av.
       *[other] { $count } lytte- og taleoppgaver er hoppet over fordi lyden er slått av.
    }
play-left-out-no-voice =
    { $count ->
        [one] Én lytteoppgave er hoppet over: Denne enheten har ingen norsk stemme, og pakken har ikke lydopptak til den.
       *[other] { $count } lytteoppgaver er hoppet over: Denne enheten har ingen norsk stemme, og pakken har ikke lydopptak til dem.
    }
speak-record = Ta opp deg selv
speak-recording = Tar opp … si setningen nå.
speak-stop = Stopp opptaket
speak-play-both = Hør begge
speak-play-mine = Hør bare meg
speak-again = Ta opp på nytt
speak-save = Lagre opptaket mitt
speak-kept = Opptaket blir værende på denne enheten og slettes når du går videre, hvis du ikke lagrer det.
speak-rate-question = Hvor nær kom du?
speak-rate-again = Ikke ennå
speak-rate-hard = Nesten
speak-rate-good = Det høres riktig ut
speak-mic-refused = Mikrofonen er blokkert. For å ta opp deg selv må du gi denne nettsiden tilgang til mikrofonen i nettleserens innstillinger. Du kan også hoppe over oppgaven.
speak-mic-missing = Denne enheten kan ikke ta opp lyd. Du kan hoppe over oppgaven.
speak-skip = Hopp over oppgaven
settings-sound = Lyd
settings-sound-on = Spill av lyd (norsk lest høyt, lytte- og taleoppgaver)
settings-sound-intro = Slå av lyden der du ikke kan lytte, for eksempel på bussen. Lytte- og taleoppgaver blir da hoppet over.
voice-title = Hør norsk på enheten din
voice-intro = Bransjenorsk leser norsk høyt med lydopptak fra pakkene eller med enhetens egen norske stemme. Appen leser aldri norsk med en stemme for et annet språk, for da lærer du feil lyder.
voice-status-checking = Ser etter en norsk stemme …
voice-status-found = Denne enheten har en norsk stemme: { $voice }.
voice-status-unconfirmed = Telefonen viser en norsk stemme, men den er kanskje ikke installert. Test den nedenfor.
voice-status-none = Denne enheten har ingen norsk stemme. Følg trinnene nedenfor for å legge til en.
voice-sound-off = Lyden er slått av i innstillingene.
voice-test-heading = Test stemmen
voice-test-intro = Android-telefoner viser norsk også når stemmen ikke er installert, og leser da med en engelsk stemme. Spill av testsetningen, og svar nedenfor om det hørtes norsk ut.
voice-test-play = Spill av en norsk setning
voice-test-question = Hørtes det norsk ut?
voice-test-yes = Ja, norsk
voice-test-no = Nei, det hørtes ut som engelsk eller et annet språk
voice-android-heading = Android
voice-android-steps =
    Åpne Innstillinger og søk etter «Tekst til tale».
    Velg Taletjenester fra Google som foretrukket motor.
    Trykk på tannhjulet ved siden av og deretter på «Installer stemmedata».
    Velg norsk (bokmål) og last ned stemmen, helst på wifi.
    Gå tilbake til Bransjenorsk, last inn siden på nytt og test stemmen ovenfor.
voice-ios-heading = iPhone og iPad
voice-ios-steps =
    Åpne Innstillinger, så Tilgjengelighet, Opplest innhold og Stemmer.
    Velg norsk (bokmål) og last ned en stemme, for eksempel Nora.
    Gå tilbake til Bransjenorsk og last inn siden på nytt.
voice-windows-heading = Windows
voice-windows-steps =
    Åpne Innstillinger, så Tid og språk og Språk og område.
    Legg til språket norsk (bokmål) og kryss av for Tekst til tale.
    Start nettleseren på nytt.
voice-mac-heading = Mac
voice-mac-steps =
    Åpne Systeminnstillinger, så Tilgjengelighet og Opplest innhold.
    Ved Systemstemme velger du Administrer stemmer og laster ned en norsk stemme, for eksempel Nora.
    Start nettleseren på nytt.
voice-after = Uten norsk stemme kan du fortsatt øve på alt, bortsett fra lytteoppgaver i pakker som ikke har lydopptak.

## Assignments from a language mentor
open-title = Oppdrag
open-accept = Ta imot oppdraget
open-accepted = Tatt imot. Du finner det på forsiden, og pakkene i det kommer først når du repeterer.
open-already = Du har allerede tatt imot dette oppdraget. Du finner det på forsiden.
open-go-home = Gå til forsiden
open-is-report = Denne lenken er en rapport til en språkmentor, ikke et oppdrag. Ingenting er lagret eller endret.
open-in-mentor-mode = Åpne den i mentormodus
open-packs-to-add = Pakker du må legge til først
open-packs-to-add-how = Dette oppdraget har pakker som en lærer har laget, og som ikke er på denne enheten ennå. Legg dem til, og ta så imot oppdraget.
open-add-pack = Legg til pakken
open-pack-inside = Pakken ligger i lenken.
link-missing = Lenken er ufullstendig: Delen etter «#» mangler. Be om lenken på nytt, eller kopier hele.
link-broken = Lenken er skadet: Den kan ha blitt kuttet eller endret på veien. Be om lenken på nytt, eller kopier hele.
link-newer = Lenken er laget av en nyere versjon av Bransjenorsk. Last inn appen på nytt for å oppdatere den, og åpne lenken igjen.
pack-link-missing = Lenken til pakken er ufullstendig: Delen etter «#pack/» mangler. Be om hele lenken på nytt.
pack-link-too-long = Lenken er lengre enn noen pakkelenke appen lager. Be om pakken som fil i stedet.
pack-link-broken = Lenken til pakken er skadet: Den kan ha blitt kuttet eller endret på veien. Be om lenken på nytt, eller kopier hele.
pack-link-newer = Lenken er laget av en nyere versjon av Bransjenorsk. Last inn appen på nytt for å oppdatere den, og åpne lenken igjen.
pack-link-too-large = Pakken i denne lenken er større enn en pakke kan være. Be om pakken som fil i stedet.
pack-link-not-https = Lenken peker til en pakke på en adresse appen ikke laster ned fra: Bare sikre adresser (https://) er tillatt.
link-unknown-pack = Lenken viser til en pakke som ikke finnes på denne enheten ({ $pack }). Hvis en lærer har laget den, må du legge den til først: Be om filen eller lenken til pakken. Ellers laster du inn appen på nytt for å oppdatere den. Åpne så denne lenken igjen.
link-date = Lenken har en dato som ikke kan stemme. Be om en ny lenke.
link-text = Lenken har et navn eller en beskjed som ikke kan tas imot (for lang, eller med kode eller usynlige tegn). Be om en ny lenke.
link-contents = Lenken inneholder noe et oppdrag ikke kan ha (ingen pakker, for mange eller den samme to ganger). Be om en ny lenke.
link-nothing-changed = Ingenting er lagret eller endret.
assignment-from = Fra { $name }
assignment-due = Frist { $date }
assignment-some-items = { $count } av { $total } oppgaver
assigned-heading = Oppdragene dine
assigned-overdue = Fristen var { $date }
assigned-progress = Øvd på { $done } av { $total }
assigned-report = Send rapport
assigned-remove = Fjern oppdraget
assigned-remove-what = Vil du fjerne dette oppdraget? Fremgangen din i pakkene blir værende.
assigned-remove-confirm = Fjern
settings-mentor = Mentormodus
settings-mentor-intro = For språkmentorer og lærere: Gi deltakerne pakker å øve på, og se hva de har gjort. Ingen konto og ingen server: Bare lenkene du sender, forlater telefonen din.

## Sharing a link
share-link = Lenken
share-qr = QR-kode med lenken, til å skanne med kameraet på en annen telefon
share-text = Bransjenorsk
share-share = Del …
share-copy = Kopier lenken
share-download = Lagre som fil
share-copied = Lenken er kopiert.
share-not-copied = Lenken kunne ikke kopieres. Merk den ovenfor og kopier den selv.
share-not-shared = Lenken ble ikke delt. Du kan kopiere den eller lagre den som fil i stedet.
share-not-downloaded = Filen kunne ikke lagres. Kopier lenken i stedet.

## Mentor mode
mentor-title = Mentormodus
mentor-intro = Gi deltakerne pakker å øve på innen en frist, og se hva de har gjort. Alt blir på denne telefonen; bare lenkene du sender, forlater den.
mentor-new = Nytt oppdrag
mentor-your-name = Navnet ditt, slik deltakerne kjenner deg
mentor-packs = Pakker
mentor-packs-chosen = { $count } valgt (høyst { $most })
mentor-choose-items = Velg oppgaver (alle hvis du ikke velger)
mentor-items-intro = Kryss av for oppgavene du vil gi. Uten kryss får deltakerne hele pakken.
mentor-due = Frist
mentor-note = En beskjed til deltakerne (valgfritt)
mentor-make = Lag lenken
mentor-name-problem = Skriv et navn på 1 til 60 tegn, uten < eller >.
mentor-note-problem = Beskjeden kan ha høyst 300 tegn, uten < eller >.
mentor-no-packs = Velg minst én pakke.
mentor-too-many-packs = Velg høyst 10 pakker.
mentor-due-problem = Velg en frist fra i dag og inntil ett år fram.
mentor-made = Oppdraget er klart
mentor-made-how = Send lenken på SMS, WhatsApp, Signal eller e-post, eller la deltakerne skanne QR-koden. Den inneholder hele oppdraget, så den virker uten server.
mentor-made-how-long = Send lenken på SMS, WhatsApp, Signal eller e-post. Lenken inneholder hele oppdraget, så den virker uten server, men når en pakke ligger i lenken, blir lenken for lang til en QR-kode.
mentor-packs-in-link = Deltakere som ikke har en pakke du har lagt til, får den fra lenken: Enten ligger selve pakken i lenken, eller adressen til den.
mentor-pack-not-in-link = Lenken kan ikke ta med «{ $title }»: Pakken har lydopptak eller bilder, eller den er for stor. Send også deltakerne filen eller lenken til pakken, og be dem legge den til før de åpner oppdraget.
mentor-open-report = Åpne en rapport
mentor-open-report-how = Deltakerne sender deg rapporten som lenke eller fil. Åpne lenken, lim den inn her eller velg filen.
mentor-paste = Lim inn en rapportlenke
mentor-open = Åpne
mentor-open-file = Eller velg en rapportfil
mentor-assignments = Oppdragene og rapportene dine
mentor-assignment = Laget { $made }
mentor-assignment-due = Laget { $made }, frist { $due }
mentor-assignment-elsewhere = Rapporter om et oppdrag som er laget på en annen enhet
mentor-show-link = Vis lenken igjen
mentor-no-reports = Ingen rapporter ennå.
mentor-cell = Øvd på { $practised } av { $items } · { $right } % riktig · { $mastered } mestret · { $minutes } min
mentor-remove-learner = Fjern deltakerens data
mentor-remove-confirm = Fjern alle rapportene fra deltakeren
mentor-export = Eksporter som CSV
mentor-report-title = Rapport
mentor-add-report = Legg til i tabellen din
mentor-report-added = Rapporten er i tabellen din.
mentor-to-table = Gå til tabellen din
mentor-scroll-hint = Sveip sidelengs i tabellen for å se alle pakkene.
mentor-back = Tilbake til mentormodus
mentor-is-assignment = Denne lenken er et oppdrag til en deltaker, ikke en rapport. Ingenting er lagret eller endret.
mentor-open-as-learner = Åpne den som deltaker
csv-learner = Deltaker
csv-report-date = Rapportdato
csv-from = Oppdrag fra
csv-assignment-date = Oppdragsdato
csv-pack-id = Pakke-ID
csv-pack = Pakke
csv-items = Oppgaver
csv-practised = Øvd på
csv-answers = Svar
csv-right = Riktig (%)
csv-mastered = Mestret
csv-minutes = Minutter
csv-last-active = Sist aktiv

## Reports to a mentor
report-title = Rapport til mentoren din
report-intro = Mentoren din ser bare det som står nedenfor når du har laget rapporten: for hver pakke hvor mange oppgaver du har øvd på, hvor mange svar som var riktige, hvor mange du mestrer, hvor mange minutter du har øvd, og siste dag du øvde. Ingenting annet om deg eller telefonen din.
report-your-name = Navnet ditt, slik mentoren kjenner deg
report-make = Lag rapporten
report-holds = Dette er alt rapporten inneholder
report-nothing-else = Rapporten inneholder ikke noe annet. Den går bare dit du sender den.
report-from = { $name }, { $date }
report-last-active = Sist øvd { $date }
report-no-assignment = Dette oppdraget finnes ikke på denne telefonen. Åpne lenken fra mentoren igjen, eller velg et annet oppdrag på forsiden.

## Legge til en pakke fra en lærer eller mentor
add-title = Legg til en pakke
add-intro = En lærer eller mentor kan sende deg en pakke som fil (.toml, eller .zip med lydopptak og bilder). Velg den her: Den blir sjekket før noe blir lagret, og etterpå virker den uten nett.
add-choose = Pakkefil
add-checking = Sjekker pakken …
add-fetching = Laster ned pakken …
add-keeping = Lagrer pakken …
add-unavailable = Pakken kunne ikke sjekkes. Programmet som sjekker pakker, lastes ned første gang du legger til en pakke. Sjekk internettforbindelsen og prøv igjen.
add-download-too-large = Pakken er større enn de { $limit } kB en pakke kan ha, så nedlastingen ble stoppet.
add-fetch-failed = Pakken kunne ikke lastes ned fra { $host }. Det kan være at du er uten nett, at adressen er feil, eller at nettstedet ikke lar appen lese filene der (nettstedet må tillate det med CORS). Spør den som sendte deg lenken.
add-fetch-status = Nettstedet { $host } sendte ikke pakken (feil { $status }). Spør den som sendte deg lenken.
add-nothing-kept = Ingenting ble lagret eller endret.
add-problems =
    { $count ->
        [one] Pakken har { $count } feil, så den kan ikke brukes. Be den som sendte pakken, om å rette feilen:
       *[other] Pakken har { $count } feil, så den kan ikke brukes. Be den som sendte pakken, om å rette feilene:
    }
add-made-by = Laget av { $authors }
add-not-ours = Denne pakken er ikke laget av redaktørene til Bransjenorsk. Øv på den hvis du stoler på den som sendte den.
add-source-sent = Sendt som fil eller i en lenke
add-source-web = Fra { $host }
add-keep = Lagre pakken
add-update = Oppdater pakken
add-update-note = Du har versjon { $kept } av denne pakken, og dette er versjon { $version }. Fremgangen din i oppgavene som fortsatt er med i pakken, blir tatt vare på.
add-same = Du har allerede denne versjonen av pakken.
add-kept = Pakken er lagret på denne enheten. Du finner den under «Mine pakker» på forsiden.
add-updated = Pakken er oppdatert. Fremgangen din er tatt vare på.
add-practise = Åpne pakken
added-refused-bundled = Denne pakken har samme ID som en pakke som følger med Bransjenorsk («{ $id }»), så den kan ikke legges til. Be den som laget pakken, om å gi den en egen ID.
added-refused-older = Du har allerede en nyere versjon av denne pakken ({ $kept }). Denne er versjon { $offered }.
added-refused-other-source = Du har allerede en pakke med denne ID-en fra et annet sted ({ $source }). Fjern den først hvis du vil ha denne.
added-store-unavailable = Nettleseren lar ikke appen lagre pakker (for eksempel i privat modus).
added-store-full = Det er ikke plass til pakken på denne enheten. Ingenting ble lagret, og ingenting annet gikk tapt. Fjern pakker du ikke bruker lenger, eller frigjør plass på telefonen, og prøv igjen.
added-store-failed = Nettleseren kunne ikke lagre eller lese pakken. Prøv igjen. Hvis det skjer igjen, fjerner du pakken og legger den til på nytt.
added-from = Lastet ned fra { $address }
added-remove = Fjern denne pakken
added-remove-question = Pakken og lydopptakene og bildene fjernes fra denne enheten. Fremgangen din i pakken blir tatt vare på, så du har den igjen hvis du legger til pakken på nytt.
added-remove-forget = Slett også fremgangen min i denne pakken
added-remove-confirm = Fjern pakken
added-progress-not-forgotten = Pakken ble fjernet, men fremgangen din i den kunne ikke slettes.
my-packs-heading = Mine pakker
my-packs-add = Legg til en pakke
my-packs-manage = Fjern pakker
my-packs-none = Du har ikke lagt til noen pakker ennå. En lærer eller mentor kan sende deg en pakke som fil eller lenke.
my-packs-version = Versjon { $version }
added-removed = Pakken ble fjernet.

## Gi en sjekket pakke til deltakerne
check-give-heading = Gi pakken til deltakerne
check-give-file = Send selve filen (for eksempel på e-post eller i en melding): Deltakerne trykker på «Legg til en pakke» på forsiden og velger filen.
check-give-link = Eller send denne lenken. Den inneholder hele pakken, så du trenger ikke noe nettsted.
check-give-link-qr = Eller send denne lenken. Den inneholder hele pakken, så du trenger ikke noe nettsted, og den er kort nok til å skrives ut som en QR-kode som deltakerne skanner med telefonen.
check-give-too-long = Pakken er for stor til å sendes i en lenke: Send filen, eller legg den på et nettsted.
check-give-zip = En pakke med lydopptak eller bilder sendes som .zip-fil eller fra et nettsted. Den får ikke plass i en lenke.
check-give-address = Adressen til pakken på et nettsted (https://…)
check-give-address-make = Lag en lenke
check-give-cors = Nettstedet må la andre nettsteder lese filen: Det må sende hodefeltet «Access-Control-Allow-Origin: *» sammen med filen. GitHub Pages gjør det.
mentor-added-pack = lagt til på denne enheten
backup-no-added-packs = Sikkerhetskopien inneholder pakkene du har lagt til, men ikke lydopptakene og bildene i dem: Ta vare på filene eller lenkene du fikk pakkene fra, så kan du få dem tilbake på en annen enhet.
import-holds-packs = { $count ->
        [one] Én pakke lagt til fra en lærer
       *[other] { $count } pakker lagt til fra lærere
    } (uten lydopptak og bilder, som ikke er med i sikkerhetskopien)
restored-packs = { $how ->
        [replace] Pakker hentet fra sikkerhetskopien: { $count }.
        [leave] Pakkene er som før.
       *[merge] Pakker lagt til eller oppdatert fra sikkerhetskopien: { $count }.
    }
import-packs-left-out = { $count ->
        [one] Én pakke i sikkerhetskopien ble utelatt: Den besto ikke sjekken, eller en pakke som følger med Bransjenorsk, har samme ID.
       *[other] { $count } pakker i sikkerhetskopien ble utelatt: De besto ikke sjekken, eller pakker som følger med Bransjenorsk, har samme ID.
    }

## Offline, and a new release offered on the home screen
offline-notice = Du er uten nett. Pakkene du har åpnet eller lagret, virker fortsatt; til de andre må du være på nett.
# Served by the service worker (service-worker.mjs) for a page not yet kept.
offline-page-not-kept = Denne siden er ikke på enheten ennå: Den lastes ned første gang du åpner den. Åpne den igjen når du er på nett.
update-ready = En ny versjon av Bransjenorsk er klar. Du beholder fremgangen din.
update-take = Oppdater nå

## Keeping packs for offline use
offline-keep = Lagre disse pakkene for bruk uten nett ({ $size } kB)
offline-keep-all = Lagre alle pakkene for bruk uten nett ({ $size } kB)
offline-keeping = Laster ned pakke { $done } av { $total } …
offline-all-kept = Disse pakkene er lagret på enheten, så de virker uten nett.
offline-keep-offline = Ikke alle pakkene kunne lastes ned: Du er uten nett, eller forbindelsen ble brutt. Det som ble lastet ned, er lagret. Prøv igjen når du er på nett.
offline-keep-full = Det er ikke mer plass på enheten. Det som ble lastet ned, er lagret. Frigjør litt plass og prøv igjen.
offline-kept-heading = Pakker lagret for bruk uten nett
offline-kept-intro = Pakker du åpner, blir lagret automatisk på enheten, så de virker uten nett. Pakker du har lagt til, er alltid lagret.
offline-kept-none = Ingen pakker er lagret ennå.
offline-kept-total = { $count ->
        [one] Én pakke, { $size } kB
       *[other] { $count } pakker, { $size } kB til sammen
    }
offline-free = Frigjør plass
offline-free-confirm = Fjern de lagrede pakkene
offline-free-question = De lagrede pakkene blir fjernet fra enheten, men du beholder fremgangen din. Pakker du åpner senere, blir lagret igjen.
offline-freed = De lagrede pakkene er fjernet. Fremgangen din er uendret.

## Lærerens studio
studio-title = Studio
studio-intro = Lag en pakke ved å fylle ut skjemaer, se hver oppgave slik deltakerne vil se den, og del ut pakken som fil, lenke eller QR-kode. Utkast lagres automatisk mens du skriver, og bare på denne enheten.
studio-back = Alle utkast
studio-drafts = Utkastene dine
studio-no-drafts = Ingen utkast ennå.
studio-drafts-unreadable =
    { $count ->
        [one] { $count } utkast kunne ikke leses. Det kan være lagret av en nyere versjon av appen, eller dataene i nettleseren kan være skadet.
       *[other] { $count } utkast kunne ikke leses. De kan være lagret av en nyere versjon av appen, eller dataene i nettleseren kan være skadet.
    }
studio-untitled = Pakke uten tittel
studio-saved-at = Lagret { $time }
studio-saving = Lagrer …
studio-save-conflict = Dette utkastet ble endret i en annen fane eller et annet vindu, så det ble ikke lagret her. Åpne det på nytt for å se de andre endringene, eller lagre din versjon som et nytt utkast.
studio-conflict-reload = Åpne det på nytt
studio-conflict-keep = Behold min versjon som nytt utkast
studio-opening = Åpner utkastet …
studio-draft-not-found = Dette utkastet finnes ikke på denne enheten. Det kan være slettet, eller skrevet i en annen nettleser.
studio-draft-damaged = Dette utkastet kunne ikke leses: dataene i nettleseren er skadet.
studio-draft-newer = Dette utkastet ble lagret av en nyere versjon av appen. Oppdater appen for å åpne det.
studio-delete = Slett utkastet
studio-delete-confirm = Slett det
studio-new = Ny pakke
studio-sector = Bransje
studio-level = Nivå
studio-begin = Begynn
studio-open = Rediger en pakkefil
studio-open-intro = Åpne en pakkefil (.toml, eller .zip med opptak og bilder) for å endre den. Studioet foreslår neste versjonsnummer, så deltakere som har pakken, får den nye versjonen.
studio-open-choose = Pakkefil
studio-open-too-large = Filen er større enn en pakkefil kan være.
studio-open-problems =
    { $count ->
        [one] Filen kunne ikke åpnes: { $count } feil.
       *[other] Filen kunne ikke åpnes: { $count } feil.
    }
studio-from-bundled = Ta utgangspunkt i en pakke fra appen
studio-bundled-pack = Pakke
studio-bundled-none = Velg en pakke
studio-bundled-not-loaded = Pakken kunne ikke lastes ned. Sjekk internettforbindelsen og prøv igjen.
studio-parts = Delene av pakken
studio-part-details = Om pakken
studio-part-words = Ord
studio-part-exercises = Oppgaver
studio-part-import = Importer en liste
studio-part-hand-out = Del ut
studio-problems =
    { $count ->
        [one] { $count } feil
       *[other] { $count } feil
    }
studio-ready = Ingen feil: Pakken er klar til å deles ut.
studio-in-nb = Norsk
studio-in-uk = Ukrainsk
studio-in-en = Engelsk
studio-entry = { $label }, nr. { $n }
studio-remove-entry = Fjern nr. { $n } i «{ $label }»
studio-remove = Fjern
studio-pack-title = Tittel
studio-pack-description = Beskrivelse
studio-pack-id = Pakke-ID
studio-pack-id-note = Små bokstaver, sifre og bindestreker. Den lages av nivået og den norske tittelen. Deltakernes fremgang lagres under den, så ikke endre den etter at pakken er delt ut.
studio-pack-version = Versjon
studio-version-proposed = Publisert som { $published }. Forslag til neste versjon: { $proposed } (en oppgave fjernet: ny hovedversjon; en oppgave lagt til: ny delversjon; ellers: en rettelse).
studio-authors = Forfattere
studio-add-author = Legg til en forfatter
studio-licence = Lisens
studio-situations = Situasjoner på jobben
studio-add-situation = Legg til en situasjon
studio-words-intro = Hvert ord med artikkel (en, ei, et) eller «å», bøyningsformene og betydningen på ukrainsk og engelsk. Deltakere på A1–A2 trykker på et ord for å se hva det betyr. Med tastaturet går du til neste felt med Tab og til neste ord med Enter. I det siste ordet lager Enter et nytt ord.
studio-word-n = Ord { $n }
studio-lemma = Ord (med artikkel eller «å»)
studio-forms = Bøyningsformer, skilt med komma
studio-pos = Ordklasse
studio-pos-noun = Substantiv
studio-pos-verb = Verb
studio-pos-adjective = Adjektiv
studio-pos-adverb = Adverb
studio-pos-pronoun = Pronomen
studio-pos-preposition = Preposisjon
studio-pos-conjunction = Konjunksjon
studio-pos-interjection = Interjeksjon
studio-pos-phrase = Uttrykk
studio-gloss-uk = Betydning på ukrainsk
studio-gloss-en = Betydning på engelsk
studio-example = Eksempelsetning
studio-add-word = Legg til et ord
studio-remove-word = Fjern dette ordet
studio-kind-flashcard = Ordkort
studio-kind-choice = Flervalg
studio-kind-gap = Luke med alternativer
studio-kind-cloze = Luke å skrive i
studio-kind-translate = Oversettelse
studio-kind-order = Sett i rekkefølge
studio-kind-match = Finn parene
studio-kind-listening = Lytting
studio-kind-minimal-pair = Ord som høres like ut
studio-kind-dialogue = Dialog
studio-kind-message = Skriv en melding
studio-kind-speaking = Si det høyt
studio-kind-culture = Godt å vite
studio-new-kind = Oppgavetype
studio-add-item = Legg til oppgaven
studio-item-name = { $n }. { $kind }
studio-item-id = ID: { $id }
studio-move-up = Flytt opp
studio-move-down = Flytt ned
studio-duplicate = Lag en kopi
studio-delete-item = Slett
studio-more = Nivå, instruksjon, hint og tilbakemelding
studio-instruction = Instruksjon (når den vanlige ikke er nok)
studio-hint = Hint
studio-feedback = Hvorfor svaret er riktig (vises etter svaret)
studio-front = Norsk på forsiden
studio-back-side = Betydningen på baksiden
studio-question = Spørsmål
studio-gap-text = Setning med luke (___)
studio-make-gap = Gjør det markerte ordet til luke
studio-make-gap-how = Marker først et ord i setningen. Setningen kan bare ha én luke.
studio-options = Alternativer
studio-option-n = Alternativ { $n }
studio-add-option = Legg til et alternativ
studio-remove-option = Fjern alternativ { $n }
studio-right-answer = Riktig svar
studio-why-wrong = Hvorfor «{ $option }» er feil
studio-answers = Godkjente svar
studio-add-answer = Legg til et svar
studio-translate-source = Setning som skal oversettes til norsk
studio-sentence = Setning
studio-make-tiles = Lag brikker av setningen
studio-tiles = Brikkene i riktig rekkefølge
studio-extra-tiles = Ekstra brikker som ikke hører med
studio-alternatives = Andre riktige rekkefølger
studio-alternatives-note = Kan brikkene også stå riktig i en annen rekkefølge, skriver du den som en setning. Den leses som brikkene over.
studio-alternative-n = Riktig rekkefølge { $n }
studio-add-alternative = Legg til en annen riktig rekkefølge
studio-add-tile = Legg til en brikke
studio-pairs = Par
studio-pairs-note = Sett norsk sammen med norsk eller med en emoji: Deltakerne skal aldri måtte lese ukrainsk eller engelsk for å finne parene.
studio-pair-left = Par { $n }: norsk
studio-pair-right = Par { $n }: det som hører til
studio-add-pair = Legg til et par
studio-listen-text = Det som blir sagt (norsk)
studio-listen-answer = Svaret
studio-listen-typed = Deltakerne skriver det de hører
studio-word-1 = Første ord
studio-word-2 = Andre ord
studio-speakers = Personer
studio-speaker-n = Person { $n }, navn og rolle
studio-speaker-learner = Deltakeren spiller denne personen
studio-add-speaker = Legg til en person
studio-turns = Replikker
studio-turn-n = Replikk { $n }: hvem som snakker
studio-turn-text = Det personen sier
studio-reply-n = Svar { $n }
studio-add-reply = Legg til et svar
studio-add-turn = Legg til en replikk
studio-remove-turn = Fjern denne replikken
studio-task = Oppgavetekst
studio-model = Eksempelsvar
studio-checklist = Dette bør et godt svar ha med
studio-check-n = Punkt { $n }
studio-add-check = Legg til et punkt
studio-say-text = Det som skal sies (norsk)
studio-culture-title = Overskrift
studio-culture-text = Tekst
studio-preview = Slik ser deltakerne den
studio-preview-support = Deltakerens støttespråk
studio-preview-fix = Rett feilene i denne oppgaven for å se den slik deltakerne ser den.
studio-import-intro = En ordliste fra et regneark lagret som CSV eller TSV, et Quizlet-sett eksportert som tekst eller Anki-notater eksportert som ren tekst. Hver rad blir et ord med et ordkort. Ord som står i sitt eget eksempel, blir satt sammen med eksempelet i «Finn parene»-oppgaver, tre ord i hver oppgave. På A1–A2 blir hvert slikt ord også en lukeoppgave. Lukeoppgavene får andre ord fra listen som feil alternativer: Prøv hvert av dem i luken, og bytt ut dem som også kan passe.
studio-import-choose = Listefil
studio-import-paste = Eller lim inn listen her
studio-list-not-text = Filen er ikke en tekstfil. Lagre regnearket som CSV eller som tekst.
studio-list-too-large = Filen er for stor for en ordliste.
studio-list-empty = Listen er tom.
studio-list-too-long = Listen har flere enn { $max } rader. Del den opp i mindre pakker.
studio-list-unreadable = Listen kunne ikke leses: Et anførselstegn er åpnet, men aldri lukket.
studio-import-columns = Hva hver kolonne inneholder
studio-column-n = Kolonne { $n } («{ $first }»)
studio-column-norwegian = Norsk
studio-column-ukrainian = Ukrainsk
studio-column-english = Engelsk
studio-column-example = Eksempel
studio-column-ignored = Brukes ikke
studio-import-header = Første rad inneholder kolonnenavn
studio-import-makes =
    Listen gir { $words ->
        [one] { $words } ord
       *[other] { $words } ord
    } og { $items ->
        [one] { $items } oppgave.
       *[other] { $items } oppgaver.
    }
studio-import-left-out =
    { $count ->
        [one] { $count } rad er utelatt:
       *[other] { $count } rader er utelatt:
    }
studio-row-no-norwegian = Linje { $line }: mangler norsk ord.
studio-row-no-meaning = Linje { $line }: ingen betydning på ukrainsk eller engelsk.
studio-row-twice = Linje { $line }: samme ord som på linje { $first }.
studio-row-bad-cell = Linje { $line }: Cellen «{ $column }» har kode, et usynlig tegn eller mer enn 500 tegn.
studio-import-add = Legg til i pakken
studio-hand-out-problems = Pakken har feil (se listen øverst). Den er lagret som utkast, men kan først deles ut når feilene er rettet.
studio-draft-file = Lagre utkastet som fil
studio-draft-file-intro = Vil du fortsette på en annen enhet, kan du lagre utkastet som fil slik det er, og åpne det i studioet der. Deltakernes apper tar ikke imot det før feilene er rettet.
studio-export-toml = Last ned pakkefilen (.toml)
studio-try = Prøv den som deltaker
studio-try-intro = Legger pakken til i appen på denne enheten, slik en deltaker som fikk den tilsendt, ville gjort, og åpner den. Prøv igjen etter en endring: Den nye erstatter den du prøvde sist.
studio-try-button = Legg den til i appen her
studio-try-open = Åpne den i appen
studio-try-bundled = En pakke som følger med appen, har denne ID-en. Gi pakken din en annen ID under «Om pakken».
studio-try-other-source = En pakke med denne ID-en fra en nettadresse finnes allerede i appen på denne enheten. Gi pakken din en annen ID under «Om pakken».
studio-recording = Opptak
studio-record = Ta opp
studio-record-again = Ta opp på nytt
studio-record-stop = Stopp
studio-record-remove = Fjern opptaket
studio-record-level = Lydnivå
studio-record-seconds = Tar opp: { $seconds } s av høyst { $max } s
studio-record-size = Opptaket: { $size } kB
studio-record-attach = Eller velg en lydfil (.ogg, .mp3, .m4a)
studio-record-not-audio = Filen er ikke et opptak appen kan spille av (Ogg, MP3 eller M4A).
studio-record-too-large = Opptaket er større enn et opptak i en pakke kan være (128 kB). Ta opp et kortere opptak.
studio-record-failed = Ingenting ble tatt opp. Prøv igjen.
studio-record-no-format = Denne nettleseren kan ikke ta opp i et format som pakker bruker. Velg en lydfil i stedet, eller ta opp i en annen nettleser.
studio-export-zip = Last ned pakken (.zip med opptakene)
studio-record-refused = Mikrofonen er blokkert. For å ta opp må du la dette nettstedet bruke mikrofonen i innstillingene i nettleseren, eller velge en lydfil.
studio-record-missing = Denne enheten kan ikke ta opp lyd. Velg en lydfil i stedet.
studio-picture = Bilde
studio-picture-intro = Et bilde som vises sammen med oppgaven: PNG, JPEG, WebP eller SVG, høyst 128 kB.
studio-picture-choose = Velg et bilde
studio-picture-alt = Bildet til oppgaven
studio-picture-remove = Fjern bildet
studio-picture-not-picture = Filen er ikke et bilde appen kan vise (PNG, JPEG, WebP eller SVG uten skript).
studio-picture-too-large = Bildet er større enn et bilde i en pakke kan være (128 kB). Gjør det mindre.
studio-item-level = Nivået til denne oppgaven
studio-item-level-pack = Samme som pakken ({ $level })
studio-here-empty = Listen er tom. Legg til minst ett element.
studio-here-too-few = Listen må ha minst { $min } elementer.
studio-here-missing-translation = Skriv teksten her. Den trengs på dette nivået.
studio-here-missing-language =
    Teksten på { $lang ->
        [uk] ukrainsk
        [en] engelsk
       *[nb] norsk
    } mangler. Den trengs på dette nivået.
studio-here-too-long = Teksten er { $length } tegn lang; høyst { $limit } får plass på en mobilskjerm.
studio-here-markup = Teksten inneholder kode som <b> eller <script>. Skriv ren tekst.
studio-here-control-character = Teksten inneholder et usynlig kontrolltegn. Skriv teksten på nytt.
studio-here-written-form = Denne teksten leses høyt, men har forkortelsen «{ $abbreviation }». Skriv det slik det blir sagt: «klokka ti», ikke «kl. ti».
studio-here-blank = Feltet er tomt. Skriv teksten her.
studio-here-invisible-character = Teksten inneholder et usynlig tegn (for eksempel et mellomrom uten bredde eller et retningstegn), ofte kopiert fra en nettside. Skriv teksten på nytt.
studio-deleted = «{ $name }» er fjernet.
studio-undo = Angre
