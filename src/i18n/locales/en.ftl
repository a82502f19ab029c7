# Bransjenorsk – English.
# Every message id here must also be in nb.ftl and uk.ftl.

app-name = Bransjenorsk
language-label = Language
language-unavailable = That language could not be downloaded. Check your internet connection and try again.
loading = Loading…
retry = Try again
back-home = Back to start
back-to-sector = Back to { $sector }

## Navigation

nav-label = Main menu
nav-home = Home
nav-settings = Settings
nav-about = Help

## Home

home-title = Choose a sector
home-heading = Where do you work?
home-intro = Choose the sector you work in or want to work in, and practise the Norwegian you need there.

## Sectors

sector-helse = Health and care
sector-helse-jobs = Assistant or health worker in nursing homes and home care
sector-helse-requirement = The Norwegian Directorate of Health recommends Norwegian at level B2, spoken and written, for everyone hired in health and care services.
sector-barnehage = Kindergarten
sector-barnehage-jobs = Kindergarten assistant
sector-barnehage-requirement = The Kindergarten Act requires Norwegian at level B1 in reading, listening and speaking, and at level A2 in writing.
sector-horeca = Hotels, restaurants and cafés
sector-horeca-jobs = Kitchen help, waiter, reception and cleaning hotel rooms
sector-horeca-requirement = The employer sets the requirement. Many hire at level A1–A2 and expect your Norwegian to improve on the job.
sector-renhold = Cleaning
sector-renhold-jobs = Cleaner in offices, schools, hotels and hospitals
sector-renhold-requirement = The employer sets the requirement. Many hire at level A1–A2 and expect your Norwegian to improve on the job.
sector-teknisk = Technical services
sector-teknisk-jobs = Caretaker, operations and maintenance in housing, schools and municipal buildings
sector-teknisk-requirement = The employer sets the requirement. Work orders, safety rules and talking with tenants call for about level B1.
sector-arbeidsliv = Working life
sector-arbeidsliv-jobs = What everyone needs: contract, payslip, rota, sick leave and health and safety (HMS)
sector-arbeidsliv-requirement = This applies to every sector: words and rules you meet in any job in Norway.
sector-pack-count =
    { $count ->
        [one] { $count } pack
       *[other] { $count } packs
    }
sector-no-packs = There are no packs for this sector yet.
readiness-heading = How far you have come
readiness-target = The goal for the jobs here is Norwegian at level { $level }. You have practised { $practised } % of the exercises up to { $level } and mastered { $mastered } %.
readiness-all = You have practised { $practised } % of the exercises here and mastered { $mastered } %.
readiness-not-a-test = This shows your practice in this app, not a test result. Only an approved test, such as Norskprøven, documents your level.

## Levels (CEFR)

level-a1 = Beginner
level-a2 = Elementary
level-b1 = Intermediate
level-b2 = Upper intermediate

## Packs

pack-words =
    { $count ->
        [one] { $count } word
       *[other] { $count } words
    }
pack-meta =
    { $words ->
        [one] { $words } word
       *[other] { $words } words
    } · { $kilobytes } kB
pack-vocabulary = Words and phrases
pack-credits = By { $authors }. Licence: { $licence }.
pack-error-offline = The pack could not be downloaded. Check your internet connection and try again.
pack-error-not-kept = You are offline, and this pack is not kept on this device yet. Open it once while you are online, and from then on it works offline too.
pack-error-missing = The pack is missing on the server. Please try again later.
pack-error-broken = The pack is damaged and cannot be shown. Nothing you saved is affected.

## Not found

not-found-title = Page not found
not-found-text = This address does not exist in Bransjenorsk. The link may be old or cut short.

## Settings

settings-title = Settings
settings-language = App language
settings-storage = Storage
storage-ok = Your progress and choices are saved only in this browser on this device.
storage-unavailable = The browser does not let the app save anything (perhaps private mode). You can practise, but your progress and choices will be lost when you close the page.
storage-full = The browser's storage is full. What is already saved is safe, but new changes cannot be saved. Free up some space and try again.
storage-corrupted = Some saved data cannot be read. It has not been deleted.
storage-failed = The browser could not save. Please try again.


## Today and review

today-heading = Today
today-due = { $count ->
        [0] Nothing is due for review.
        [one] One exercise is due for review.
       *[other] { $count } exercises are due for review.
    }
today-new = { $count ->
        [0] No more new exercises today.
        [one] Up to one new exercise today.
       *[other] Up to { $count } new exercises today.
    }
today-streak = { $count ->
        [one] One day of practice in a row.
       *[other] { $count } days of practice in a row.
    }
today-chart = Last two weeks: { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } of practice on { $days ->
        [one] one day
       *[other] { $days } days
    }.
today-start = Start review
review-title = Review
review-nothing = Nothing to review right now, and no new exercises left for today. Come back tomorrow, or practise a pack of your choice.
review-packs-missing = { $count ->
        [one] One pack could not be downloaded and is left out.
       *[other] { $count } packs could not be downloaded and are left out.
    }
## Saved progress

progress-newer = Your progress was saved by a newer version of Bransjenorsk. Reload the page to get the newest version.
progress-understood = OK
progress-kept-in-memory = Your latest answers are kept only while this page stays open. Download a backup so you do not lose them.
storage-full-help = To make room, delete photos, videos or apps you no longer need, or clear the saved data of other websites in the browser's settings. The app tries again to save every few seconds and, where the browser allows, warns you if you try to close the page before your answers are saved.
progress-download-backup = Download a backup
progress-persisted = This browser has promised to keep your progress even when the device runs short of space.
progress-not-persisted = This browser may delete your progress if the device runs short of space or if you clear the browser's data. Download a backup now and then, or add the app to your home screen.
progress-persist-unknown = This browser does not say whether it keeps your progress when the device runs short of space. Download a backup now and then.
backup-reminder = You have practised on seven days without downloading a backup, and this browser may delete your progress if the device runs short of space. Download a backup and keep it somewhere safe, for example by e-mailing it to yourself.
backup-later = Remind me later
settings-review = Review
settings-retention = How much to remember
settings-retention-intro = Words and exercises come back just before you are likely to forget them. Remembering more means more reviews each day.
settings-retention-80 = 80 % – fewer reviews
settings-retention-85 = 85 %
settings-retention-90 = 90 % – recommended
settings-retention-95 = 95 % – more reviews
settings-new-per-day = New exercises a day (at most)
import-heading = Import a backup
set-aside-damaged = This could not be read because the saved data is damaged: { $what }.
set-aside-kept = It has been set aside untouched, and new changes are saved separately. Download it to keep a copy.
set-aside-not-kept = There was no room to keep it aside, so nothing new will be saved over it until you free up space. Download it to keep a copy.
set-aside-download = Download the data that could not be read
kept-progress = your progress
kept-review = your review settings
kept-assignments = the assignments you have accepted
kept-mentor = your assignments and the learners' reports (mentor mode)
kept-learner-name = the name you put on reports
kept-lang = the language you chose
kept-support = the support language you chose
kept-sound = the sound setting
kept-heard-voice = your answer to the voice test
kept-backup-day = the day of your last backup
import-intro = A backup holds your progress, the assignments you have accepted, the assignments and reports of mentor mode, and your settings. You choose what happens to each part before anything is changed.
import-made = Made on { $date }.
import-holds = The backup holds:
import-holds-progress = Progress: { $items ->
        [one] one exercise
       *[other] { $items } exercises
    } in { $packs ->
        [one] one pack
       *[other] { $packs } packs
    }, { $days ->
        [one] one day
       *[other] { $days } days
    } of practice
import-holds-assignments = Assignments you have accepted: { $count }
import-holds-mentor = Mentor mode: { $assignments ->
        [one] one assignment
       *[other] { $assignments } assignments
    } and { $reports ->
        [one] one report
       *[other] { $reports } reports
    }
import-holds-settings = Settings: { $count ->
        [one] one choice
       *[other] { $count } choices
    } (languages, sound, review, your name on reports)
import-choice-merge = Add to what is on this device
import-choice-replace = Replace what is on this device
import-choice-leave = Leave out
import-back = Back to settings
import-start = Import
import-empty = This backup holds nothing to import. Nothing has been changed.
import-done = The backup has been imported:
restored-progress = { $how ->
        [replace] Progress replaced by the backup's: { $count ->
            [one] one exercise
           *[other] { $count } exercises
        }.
        [leave] Progress left as it was.
       *[merge] Progress added: { $count ->
            [one] one exercise
           *[other] { $count } exercises
        } new or newer from the backup.
    }
restored-assignments = { $how ->
        [replace] Accepted assignments replaced by the backup's: { $count }.
        [leave] Accepted assignments left as they were.
       *[merge] Accepted assignments added from the backup: { $count }.
    }
restored-mentor = { $how ->
        [replace] Mentor mode replaced by the backup's: { $count ->
            [one] one assignment or report
           *[other] { $count } assignments and reports
        }.
        [leave] Mentor mode left as it was.
       *[merge] Added to mentor mode from the backup: { $count ->
            [one] one assignment or report
           *[other] { $count } assignments and reports
        }.
    }
restored-settings = { $how ->
        [replace] Settings taken from the backup: { $count }.
        [leave] Settings left as they were.
       *[merge] Settings not chosen on this device taken from the backup: { $count }.
    }
import-choose = Choose a backup file
import-not-backup = This file is not a Bransjenorsk backup, or it is damaged. Nothing has been changed.
import-too-large = The file is larger than any backup the app makes, so it was not read. Nothing has been changed.
import-newer = This backup comes from a newer version of Bransjenorsk. Reload the page to get the newest version, then try again. Nothing has been changed.
reset-start = Delete all progress …
reset-what = This deletes your answers to { $items ->
        [one] one exercise
       *[other] { $items } exercises
    } in { $packs ->
        [one] one pack
       *[other] { $packs } packs
    } and your practice log of { $days ->
        [one] one day
       *[other] { $days } days
    }.
reset-cannot-undo = This cannot be undone. Download a backup first in case you want your progress back.
reset-confirm = Delete my progress
reset-cancel = Cancel
reset-done = Your progress has been deleted.

## About

about-title = Help and information
about-what = Bransjenorsk is an app for practising the Norwegian you need at work: in health and care, kindergartens, hotels and restaurants, cleaning, technical services, and working life in general.
about-who = It is made for people who are new to Norway and are learning Norwegian alongside a job or work placement. At levels A1–A2 you get help in Ukrainian or English.
about-privacy-heading = Privacy
about-privacy = Everything you do in the app is stored only in the browser on your device. The app has no accounts, sends nothing to any server and uses no tracking or advertising.
about-licence-heading = Licence
about-licence = The exercise content is licensed under CC BY-SA 4.0: you may share and adapt it as long as you credit the source and share alike. The program code is free software (MIT or Apache 2.0).
about-version = Version { $version }
about-teachers-heading = For teachers
about-teachers = Write your own exercise packs in the studio, see them as learners will, and hand them out; or check a pack file before you share it.
mentor-studio = Your learners need words this app does not have? Make a pack of your own in the studio.

## Checking a pack file

check-title = Check a pack
check-intro = Choose a pack file (.toml, or .zip with its recordings and pictures) to see whether it is ready for the app. The file stays on this device.
check-choose = Pack file
check-not-read = The file could not be read.
check-too-large = The file is { $size } KB, more than the { $limit } KB a pack file may have, so it was not read.
check-checking = Checking the file…
check-unavailable = The checker could not start. It is downloaded the first time you use it: check your internet connection and try again.
check-ok = No problems found in “{ $title }”.
check-exercises =
    { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
check-problems =
    { $count ->
        [one] Found { $count } problem:
       *[other] Found { $count } problems:
    }
problem-at = Line { $line }, column { $column }
subject-pack = The pack
subject-word = Word “{ $id }”
subject-item = Exercise “{ $id }”
problem-syntax = This is not valid TOML: { $detail }
problem-shape = The file does not have the shape of a pack: { $detail }
problem-missing-schema = The line “schema = 1” is missing at the top.
problem-unsupported-schema = This pack is written for format { $found }, but this version of the app reads format { $supported }. Update the app.
problem-not-utf8 = The file is not UTF-8 text. Save it as UTF-8.
problem-file-too-large = The file is too large: { $size } B. A pack may have at most { $limit } B.
problem-bad-id = The id “{ $id }” may only use lowercase letters a–z, digits and hyphens.
problem-duplicate-id = The id “{ $id }” is used more than once in this pack (first on line { $first }).
problem-duplicate-pack-id = The pack id “{ $id }” is already used by another pack.
problem-bad-version = The version “{ $version }” must look like 1.0.0.
problem-wrong-sector-folder = The pack says sector “{ $sector }” but lies in the folder “{ $folder }”.
problem-empty = “{ $field }” is empty.
problem-too-few = “{ $field }” needs at least { $min } entries.
problem-answer-not-in-options = The answer “{ $answer }” is not one of the options.
problem-duplicate-option = The option “{ $option }” is listed twice.
problem-gap-count = The text needs exactly one gap written as ___, but has { $found }.
problem-missing-why = The wrong option “{ $option }” needs a “why”: say in a sentence why it is wrong.
problem-why-not-wrong = The “why” explains “{ $option }”, which is not a wrong option. Only wrong options have a why.
problem-alternative-not-answer = Alternative { $number } must use the tiles of the answer, each once, in another order.
problem-tile-missing = The answer uses the tile “{ $tile }”, which is not among the tiles.
problem-tile-overused = The answer uses the tile “{ $tile }” more times than it appears among the tiles.
problem-unknown-speaker = A turn is spoken by “{ $speaker }”, who is not among the speakers.
problem-learner-count = A dialogue needs exactly one speaker with learner = true, but has { $found }.
problem-learner-turn = A turn of the learner needs options with one marked correct = true, or answers to type.
problem-turn-without-text = A turn of another speaker needs its text.
problem-missing-translation = “{ $field }” needs its text for “{ $lang }” at this level.
problem-too-long = “{ $field }” is { $length } characters long; at most { $limit } fit on a phone screen.
problem-markup = “{ $field }” contains markup such as <b> or <script>. Write plain text.
problem-control-character = “{ $field }” contains an invisible control character.
problem-written-form = “{ $field }” is read aloud, but it has the written abbreviation “{ $abbreviation }”. Write it as it is said: “klokka ti”, not “kl. ti”.
problem-missing-file = The file “{ $file }” does not exist.
problem-media-type = The file “{ $file }” must be one of: { $allowed }.
problem-media-too-large = The file “{ $file }” is { $size } KB; it may be at most { $limit } KB.
problem-media-total = The pack’s recordings and pictures come to { $size } KB; together they may be at most { $limit } KB.
problem-media-content = { $found ->
        [none] The file “{ $file }” is named as { $named } but is not a recording or picture the app can play or show.
       *[other] The file “{ $file }” is named as { $named } but holds { $found }. Save it as { $named }, or name it for what it is.
    }
problem-zip-damaged = The .zip file is damaged or is not a zip file. Make it again.
problem-zip-unsupported = The .zip file is packed in a way the app does not read (with a password, or an unusual compression). Make it again with the usual settings.
problem-zip-too-many-files = The .zip file holds { $count } files; a pack may have at most { $limit }.
problem-zip-unsafe-name = The .zip file holds “{ $file }”, whose name leads out of the pack.
problem-zip-file-too-large = The file “{ $file }” in the .zip unpacks to more than { $limit } KB.
problem-zip-too-large = The files in the .zip unpack to more than { $limit } KB together.
problem-zip-no-pack = The .zip file has no pack file (.toml) at its top level, outside any folder.
problem-zip-many-packs = The .zip file holds more than one pack file: { $files }. Put each pack in a zip of its own.
problem-zip-file-not-named = The .zip file holds “{ $file }”, which the pack does not name. Take it out, or name it in the pack.
problem-plays = “plays” must be from { $min } to { $max }, but is { $found }.
problem-unknown-prerequisite = The pack “{ $id }”, to be done first, does not exist.
problem-blank = “{ $field }” is empty. Write its text, or leave the field out.
problem-needs-itself = The pack “{ $id }” names itself among the packs to be done first.
problem-need-each-other = These packs each need the next one to be done first, so none of them can be started: { $packs }.
problem-answer-without-options = “answer” names the right option, but there are no “options”. Add them, or remove “answer”.
problem-invisible-character = “{ $field }” contains an invisible character (such as a zero-width space or a direction mark), often copied from a web page. Type the text again.
problem-slip-quote = A quotation mark (") inside a text ends the text too early. Write it as \" or use « » instead.
problem-slip-enter = A text in "…" must end with a closing quotation mark on the same line. Add the missing ", or put a text of several lines between """ and """.
problem-slip-apostrophe = A text in single quotes cannot contain an apostrophe ('). Put the text in double quotes instead.
problem-slip-brackets = Each entry starts with [[{ $list }]], with two brackets on each side; [{ $list }] is read as a single table.
problem-wrong-type = “{ $field }” must be { $want ->
        [text] a text in quotes: "…"
        [texts] a list of texts, such as ["a", "b"]
        [two-texts] a list of two texts, such as ["syk", "sik"]
        [pairs] a list of pairs of texts, such as [["et håndkle", "🧺"], ["en kam", "💇"]]
        [number] a whole number without quotes, such as 2
        [yes-no] true or false, without quotes
        [translations] texts by language, such as {"{"} uk = "…", en = "…" {"}"}
        [translations-list] a list of texts by language, such as [{"{"} uk = "…", en = "…" {"}"}]
        [speakers] a list of speakers, such as [{"{"} id = "kari", name = "Kari" {"}"}]
        [turns] a list of turns, such as [{"{"} speaker = "kari", text = "Hei!" {"}"}]
        [whys] texts by language for each wrong option, such as why."hjelpe" = {"{"} uk = "…", en = "…" {"}"}
        [orders] a list of lists of tiles, such as [["jeg", "jobber", "i dag"]]
       *[replies] a list of replies, such as [{"{"} text = "Ja.", correct = true {"}"}]
    }.

## Practice

pack-exercises =
    { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
pack-progress = { $done } of { $total } done
pack-memory = Due for review: { $due } · Mastered: { $mastered }
pack-practise = Start practising
pack-no-exercises = This pack has no exercises yet. You can still learn its words below.
practice-title = Practice: { $title }
play-close = End practice
play-progress = Progress in this session
play-left-out =
    { $count ->
        [one] One exercise in this pack cannot be shown by this version of the app yet, so it is left out.
       *[other] { $count } exercises in this pack cannot be shown by this version of the app yet, so they are left out.
    }
play-show-translation = Show translation
play-translation-into = Translation into
play-hint = Hint
play-right = Correct!
play-almost = Almost right.
play-wrong = Not quite.
play-done = Done.
play-slip-letters = Look at the letters æ, ø and å.
play-slip-typo = Check the spelling: one letter is wrong.
play-answer-is = The answer:
play-continue = Continue
play-gap-label = gap
play-your-answer = Your answer
play-dont-know = I don't know
play-check = Check
play-order-built = Your answer
play-order-tiles = Tiles to choose from
play-match-label = Pairs to match
play-your-message = Your message
play-show-model = Compare with a model answer
play-model = Model answer
play-checklist = Does your message have this?
play-turn-card = Show the meaning
play-rate-question = How well do you know it?
play-rate-again = Not yet
play-rate-hard = Hard
play-rate-good = I know it
play-rate-easy = Easy
play-summary = Session complete
play-summary-perfect = Everything right. Well done!
play-summary-score = Right on the first try: { $right } of { $answered }.
play-summary-almost = Almost right: { $count }
play-summary-wrong = Wrong: { $count }
play-summary-read = Notes read: { $count }
play-summary-review = Worth another look
play-back-to-pack = Back to the pack
play-again = Practise again
play-flashcard = Do you know what this means?
play-choice = Choose the right answer.
play-gap = Choose the word that fills the gap.
play-cloze = Write the missing word.
play-translate = Write this in Norwegian.
play-order-words = Put the words in the right order.
play-order-sentences = Put the sentences in the right order.
play-match = Match the pairs.
play-dialogue = Take part in the conversation: choose or write your reply.
play-message = Write the message in Norwegian.
play-culture = Good to know
settings-support = Help while practising
settings-support-intro = At levels A1 and A2, instructions, hints and word meanings are shown in this language. From B1 on, you practise in Norwegian, with a translation when you ask for it.
support-none = Norwegian only

## Sound
sound-listen = Listen
sound-play = Play
sound-slow = Slowly
sound-playing = Playing
sound-plays-left = Plays left: { $count }
sound-no-voice = No Norwegian voice
sound-no-voice-why = This device has no Norwegian voice, so it cannot read this aloud. The app never reads Norwegian with a voice for another language.
sound-how-to-add = How to add a Norwegian voice
play-listening-choose = Listen, then choose what you heard.
play-listening-type = Listen, then write what you heard.
play-minimal-pair = Listen. Which word do you hear?
play-speaking = Listen, then say it aloud and record yourself.
play-left-out-sound-off =
    { $count ->
        [one] One listening or speaking exercise is left out because sound is off.
       *[other] { $count } listening and speaking exercises are left out because sound is off.
    }
play-left-out-no-voice =
    { $count ->
        [one] One listening exercise is left out: this device has no Norwegian voice, and the pack has no recording for it.
       *[other] { $count } listening exercises are left out: this device has no Norwegian voice, and the pack has no recordings for them.
    }
speak-record = Record yourself
speak-recording = Recording… say the sentence now.
speak-stop = Stop recording
speak-play-both = Hear both
speak-play-mine = Hear only me
speak-again = Record again
speak-save = Save my recording
speak-kept = Your recording stays on this device and is deleted when you go on, unless you save it.
speak-rate-question = How close did you come?
speak-rate-again = Not yet
speak-rate-hard = Close
speak-rate-good = Sounds right
speak-mic-refused = The microphone is blocked. To record yourself, allow this site to use the microphone in the browser’s settings, or skip this exercise.
speak-mic-missing = This device cannot record sound. You can skip this exercise.
speak-skip = Skip this exercise
settings-sound = Sound
settings-sound-on = Play sound (Norwegian read aloud, listening and speaking exercises)
settings-sound-intro = Turn sound off where you cannot listen, for example on the bus. Listening and speaking exercises are then left out.
voice-title = Hear Norwegian on your device
voice-intro = Bransjenorsk reads Norwegian aloud with recordings from the packs, or with your device’s own Norwegian voice. It never reads Norwegian with a voice for another language, because that teaches the wrong sounds.
voice-status-checking = Looking for a Norwegian voice…
voice-status-found = This device has a Norwegian voice: { $voice }.
voice-status-unconfirmed = This phone lists a Norwegian voice, but it may not be installed. Test it below.
voice-status-none = This device has no Norwegian voice. Follow the steps below to add one.
voice-sound-off = Sound is turned off in Settings.
voice-test-heading = Test the voice
voice-test-intro = Android phones list Norwegian even when its voice is not installed, and then read with an English voice. Play the test sentence, then tell the app below whether it sounded Norwegian.
voice-test-play = Play a Norwegian sentence
voice-test-question = Did it sound Norwegian?
voice-test-yes = Yes, Norwegian
voice-test-no = No, it sounded like English or another language
voice-android-heading = Android
voice-android-steps =
    Open Settings and search for “Text-to-speech”.
    Choose Speech Services by Google as the preferred engine.
    Tap the gear next to it, then “Install voice data”.
    Choose Norwegian (Bokmål) and download it, on Wi-Fi if you can.
    Come back to Bransjenorsk, reload the page and test the voice above.
voice-ios-heading = iPhone and iPad
voice-ios-steps =
    Open Settings, then Accessibility, Spoken Content and Voices.
    Choose Norwegian (Bokmål) and download a voice, such as Nora.
    Come back to Bransjenorsk and reload the page.
voice-windows-heading = Windows
voice-windows-steps =
    Open Settings, then Time & language, and Language & region.
    Add the language Norwegian (Bokmål) and tick Text-to-speech.
    Restart the browser.
voice-mac-heading = Mac
voice-mac-steps =
    Open System Settings, then Accessibility and Spoken Content.
    Next to System voice, choose Manage Voices and download a Norwegian voice, such as Nora.
    Restart the browser.
voice-after = Without a Norwegian voice you can still practise everything except listening exercises from packs without recordings.

## Assignments from a language mentor
open-title = Assignment
open-accept = Accept the assignment
open-accepted = Accepted. It is now on the home screen, and its packs come first when you review.
open-already = You have already accepted this assignment. It is on the home screen.
open-go-home = Go to the home screen
open-is-report = This link is a report for a language mentor, not an assignment. Nothing has been saved or changed.
open-in-mentor-mode = Open it in mentor mode
open-packs-to-add = Packs to add first
open-packs-to-add-how = This assignment has packs made by a teacher that are not on this device yet. Add them, then accept the assignment.
open-add-pack = Add this pack
open-pack-inside = The pack is inside the link.
link-missing = The link is incomplete: the part after “#” is missing. Ask for the link again, or copy all of it.
link-broken = The link is damaged: it may have been cut short or changed on the way. Ask for the link again, or copy all of it.
link-newer = The link was made by a newer version of Bransjenorsk. Reload the app to update it, then open the link again.
pack-link-missing = The link to a pack is incomplete: the part after “#pack/” is missing. Ask for the whole link again.
pack-link-too-long = The link is longer than any link to a pack the app makes. Ask for the pack as a file instead.
pack-link-broken = The link to a pack is damaged: it may have been cut short or changed on the way. Ask for the link again, or copy all of it.
pack-link-newer = The link was made by a newer version of Bransjenorsk. Reload the app to update it, then open the link again.
pack-link-too-large = The pack in this link is larger than a pack may be. Ask for the pack as a file instead.
pack-link-not-https = The link names a pack at an address the app does not download from: only secure addresses (https://) are allowed.
link-unknown-pack = The link names a pack that is not on this device ({ $pack }). If a teacher made it, add it first: ask for its file or link. Otherwise reload the app to update it. Then open this link again.
link-date = The link has a date that cannot be right. Ask for a new link.
link-text = The link has a name or note that cannot be accepted (too long, or with code or invisible characters). Ask for a new link.
link-contents = The link holds something an assignment cannot have (no packs, too many, or the same one twice). Ask for a new link.
link-nothing-changed = Nothing has been saved or changed.
assignment-from = From { $name }
assignment-due = Due { $date }
assignment-some-items = { $count } of { $total } exercises
assigned-heading = Your assignments
assigned-overdue = Was due { $date }
assigned-progress = { $done } of { $total } practised
assigned-report = Send a report
assigned-remove = Remove the assignment
assigned-remove-what = Remove this assignment? Your progress in its packs stays.
assigned-remove-confirm = Remove
settings-mentor = Mentor mode
settings-mentor-intro = For language mentors and teachers: give learners packs to practise, and see what they did. No account, no server: only the links you send leave your phone.

## Sharing a link
share-link = The link
share-qr = QR code of the link, to scan with another phone’s camera
share-text = Bransjenorsk
share-share = Share …
share-copy = Copy the link
share-download = Save as a file
share-copied = The link is copied.
share-not-copied = The link could not be copied. Select it above and copy it by hand.
share-not-shared = The link was not shared. You can copy it or save it as a file instead.
share-not-downloaded = The file could not be saved. Copy the link instead.

## Mentor mode
mentor-title = Mentor mode
mentor-intro = Give learners packs to practise by a date, and see what they did. Everything stays on this phone; only the links you send leave it.
mentor-new = New assignment
mentor-your-name = Your name, as the learners know you
mentor-packs = Packs
mentor-packs-chosen = { $count } chosen (at most { $most })
mentor-choose-items = Choose exercises (all unless you choose)
mentor-items-intro = Tick the exercises to give. With none ticked, the learners get the whole pack.
mentor-due = Due date
mentor-note = A note to the learners (optional)
mentor-make = Make the link
mentor-name-problem = Write a name of 1 to 60 characters, without < or >.
mentor-note-problem = The note can have at most 300 characters, without < or >.
mentor-no-packs = Choose at least one pack.
mentor-too-many-packs = Choose at most 10 packs.
mentor-due-problem = Choose a due date from today up to a year ahead.
mentor-made = The assignment is ready
mentor-made-how = Send the link by SMS, WhatsApp, Signal or e-mail, or let the learners scan the QR code. It holds the whole assignment, so it works without a server.
mentor-made-how-long = Send the link by SMS, WhatsApp, Signal or e-mail. The link holds the whole assignment, so it works without a server; with a pack inside, the link is too long for a QR code.
mentor-packs-in-link = Learners who do not have a pack you added get it from the link: either the pack itself is inside the link, or its address.
mentor-pack-not-in-link = The link cannot bring “{ $title }”: it has recordings or pictures, or it is too large. Send the learners its file or link as well, and ask them to add it before they open the assignment.
mentor-open-report = Open a report
mentor-open-report-how = Learners send you a report as a link or a file. Open the link, or paste it here, or choose the file.
mentor-paste = Paste a report link
mentor-open = Open
mentor-open-file = Or choose a report file
mentor-assignments = Your assignments and reports
mentor-assignment = Made { $made }
mentor-assignment-due = Made { $made }, due { $due }
mentor-assignment-elsewhere = Reports on an assignment made on another device
mentor-show-link = Show the link again
mentor-no-reports = No reports yet.
mentor-cell = { $practised } of { $items } practised · { $right } % right · { $mastered } mastered · { $minutes } min
mentor-remove-learner = Remove the learner’s data
mentor-remove-confirm = Remove all their reports
mentor-export = Export as CSV
mentor-report-title = Report
mentor-add-report = Add to your table
mentor-report-added = The report is in your table.
mentor-to-table = Go to your table
mentor-scroll-hint = Swipe the table sideways to see every pack.
mentor-back = Back to mentor mode
mentor-is-assignment = This link is an assignment for a learner, not a report. Nothing has been saved or changed.
mentor-open-as-learner = Open it as a learner
csv-learner = Learner
csv-report-date = Report date
csv-from = Assignment from
csv-assignment-date = Assignment date
csv-pack-id = Pack id
csv-pack = Pack
csv-items = Exercises
csv-practised = Practised
csv-answers = Answers
csv-right = Right (%)
csv-mastered = Mastered
csv-minutes = Minutes
csv-last-active = Last active

## Reports to a mentor
report-title = Report to your mentor
report-intro = Your mentor sees only what is below once you make the report: per pack, how many exercises you practised, how many answers were right, how many you have mastered, your minutes and the last day you practised. Nothing else about you or your phone.
report-your-name = Your name, as your mentor knows you
report-make = Make the report
report-holds = This is everything the report holds
report-nothing-else = The report holds nothing else. It goes only where you send it.
report-from = { $name }, { $date }
report-last-active = Last practised { $date }
report-no-assignment = This assignment is not on this phone. Open the mentor’s link again, or choose another assignment on the home screen.

## Adding a pack from a teacher or mentor
add-title = Add a pack
add-intro = A teacher or mentor can send you a pack as a file (.toml, or .zip with its recordings and pictures). Choose it here: it is checked before anything is kept, and then it works without the internet.
add-choose = Pack file
add-checking = Checking the pack…
add-fetching = Downloading the pack…
add-keeping = Saving the pack…
add-unavailable = The pack could not be checked. The checker is downloaded the first time you add a pack: check your internet connection and try again.
add-download-too-large = The pack is larger than the { $limit } KB a pack may have, so downloading it was stopped.
add-fetch-failed = The pack could not be downloaded from { $host }. You may be offline, the address may be wrong, or the site may not let the app read its files (the site must allow it with CORS). Ask the person who sent you the link.
add-fetch-status = { $host } did not send the pack (error { $status }). Ask the person who sent you the link.
add-nothing-kept = Nothing was saved or changed.
add-problems =
    { $count ->
        [one] The pack has { $count } problem, so it cannot be used. Ask the person who sent it to fix it:
       *[other] The pack has { $count } problems, so it cannot be used. Ask the person who sent it to fix them:
    }
add-made-by = Made by { $authors }
add-not-ours = This pack was not made by Bransjenorsk’s editors. Practise it if you trust the person who sent it.
add-source-sent = Sent as a file or inside a link
add-source-web = From { $host }
add-keep = Keep this pack
add-update = Update the pack
add-update-note = You have version { $kept } of this pack; this is version { $version }. Your progress is kept for the exercises that are still in the pack.
add-same = You already have this version of the pack.
add-kept = The pack is kept on this device. It is under “My packs” on the home screen.
add-updated = The pack is updated. Your progress is kept.
add-practise = Open the pack
added-refused-bundled = This pack has the same id as a pack that comes with Bransjenorsk (“{ $id }”), so it cannot be added. Ask the person who made it to give it an id of its own.
added-refused-older = You already have a newer version of this pack ({ $kept }); this one is { $offered }.
added-refused-other-source = You already have a pack with this id from somewhere else ({ $source }). Remove that pack first if you want this one.
added-store-unavailable = This browser does not keep packs for this site (in private browsing, for example).
added-store-full = There is no room on this device for the pack. Nothing was kept and nothing else was lost. Remove packs you no longer use, or free space on the phone, and try again.
added-store-failed = The browser could not keep or read the pack. Try again; if it happens again, remove the pack and then add it back.
added-from = Downloaded from { $address }
added-remove = Remove this pack
added-remove-question = The pack and its recordings and pictures are removed from this device. Your progress in it is kept, so you get it back if you add the pack again.
added-remove-forget = Also delete my progress in this pack
added-remove-confirm = Remove the pack
added-progress-not-forgotten = The pack was removed, but your progress in it could not be deleted.
my-packs-heading = My packs
my-packs-add = Add a pack
my-packs-manage = Remove packs
my-packs-none = You have not added any packs. A teacher or mentor can send you one as a file or a link.
my-packs-version = Version { $version }
added-removed = The pack was removed.

## Handing a checked pack to learners
check-give-heading = Hand the pack to learners
check-give-file = Send the file itself (by e-mail or a chat app, for example): learners choose “Add a pack” on the home screen and pick it.
check-give-link = Or send this link. It holds the whole pack, so no web host is needed.
check-give-link-qr = Or send this link. It holds the whole pack, so no web host is needed, and it is short enough to print as a QR code that learners scan with their phones.
check-give-too-long = The pack is too large to travel inside a link: send the file, or put it on a web host.
check-give-zip = A pack with recordings or pictures travels as the .zip file, or from a web host; it does not fit inside a link.
check-give-address = The pack’s address on a web host (https://…)
check-give-address-make = Make a link
check-give-cors = The web host must let other sites read the file: it must send the header “Access-Control-Allow-Origin: *” with it. GitHub Pages does.
mentor-added-pack = added on this device
backup-no-added-packs = The backup holds the packs you added, but not their recordings and pictures: keep the files or links you got them from, to have those again on another device.
import-holds-packs = { $count ->
        [one] One pack added from a teacher
       *[other] { $count } packs added from teachers
    } (without recordings and pictures: they are not in the backup)
restored-packs = { $how ->
        [replace] Packs taken from the backup: { $count }.
        [leave] Packs left as they were.
       *[merge] Packs from the backup that were new or newer here: { $count }.
    }
import-packs-left-out = { $count ->
        [one] One pack in the backup was left out: it did not pass the checker, or a pack that comes with Bransjenorsk has its ID.
       *[other] { $count } packs in the backup were left out: they did not pass the checker, or packs that come with Bransjenorsk have their IDs.
    }

## Offline, and a new release offered on the home screen
offline-notice = You are offline. The packs you have opened or kept still work; the others need the internet.
# Served by the service worker (service-worker.mjs) for a page not yet kept.
offline-page-not-kept = This page is not on this device yet: it is downloaded the first time you open it. Open it again when you are online.
update-ready = A new version of Bransjenorsk is ready. Your progress stays as it is.
update-take = Update now

## Keeping packs for offline use
offline-keep = Keep these packs for offline use ({ $size } KB)
offline-keep-all = Keep all packs for offline use ({ $size } KB)
offline-keeping = Downloading pack { $done } of { $total }…
offline-all-kept = These packs are kept on this device: they work offline.
offline-keep-offline = Not all the packs could be downloaded: you are offline, or the connection broke. What was downloaded is kept; try again when you are online.
offline-keep-full = There is no more room on this device. What was downloaded is kept; free some space and try again.
offline-kept-heading = Packs kept for offline use
offline-kept-intro = Packs you open are kept on this device automatically, so they work offline. Packs you added are always kept.
offline-kept-none = No packs are kept yet.
offline-kept-total = { $count ->
        [one] One pack, { $size } KB
       *[other] { $count } packs, { $size } KB in all
    }
offline-free = Free up space
offline-free-confirm = Remove the kept packs
offline-free-question = The kept packs are removed from this device; your progress stays. Packs you open later are kept again.
offline-freed = The kept packs are removed. Your progress is unchanged.

## Teachers' studio
studio-title = Studio
studio-intro = Make a pack by filling in forms, see each exercise as learners will, and hand the pack out as a file, a link or a QR code. Drafts are saved as you type, on this device only.
studio-back = All drafts
studio-drafts = Your drafts
studio-no-drafts = No drafts yet.
studio-drafts-unreadable =
    { $count ->
        [one] { $count } draft could not be read. It may come from a newer version of the app, or the browser's data may be damaged.
       *[other] { $count } drafts could not be read. They may come from a newer version of the app, or the browser's data may be damaged.
    }
studio-untitled = Untitled pack
studio-saved-at = Saved { $time }
studio-saving = Saving…
studio-save-conflict = This draft was changed in another tab or window, so it was not saved here. Open it again to see the other changes, or keep what you have here as a new draft.
studio-conflict-reload = Open it again
studio-conflict-keep = Keep mine as a new draft
studio-opening = Opening the draft…
studio-draft-not-found = This draft is not on this device. It may have been deleted, or written in another browser.
studio-draft-damaged = This draft could not be read: the browser's data is damaged.
studio-draft-newer = This draft was saved by a newer version of the app. Update the app to open it.
studio-delete = Delete draft
studio-delete-confirm = Delete it
studio-new = New pack
studio-sector = Sector
studio-level = Level
studio-begin = Begin
studio-open = Edit a pack file
studio-open-intro = Open a pack file (.toml, or .zip with its recordings and pictures) to change it. The studio proposes its next version number, so learners who have the pack get the new one.
studio-open-choose = Pack file
studio-open-too-large = The file is larger than a pack file may be.
studio-open-problems =
    { $count ->
        [one] The file could not be opened: { $count } problem.
       *[other] The file could not be opened: { $count } problems.
    }
studio-from-bundled = Start from a pack in the app
studio-bundled-pack = Pack
studio-bundled-none = Choose a pack
studio-bundled-not-loaded = The pack could not be downloaded. Check your internet connection and try again.
studio-parts = Parts of the pack
studio-part-details = Details
studio-part-words = Words
studio-part-exercises = Exercises
studio-part-import = Import a list
studio-part-hand-out = Hand out
studio-problems =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
studio-ready = No problems: the pack is ready to hand out.
studio-in-nb = Norwegian
studio-in-uk = Ukrainian
studio-in-en = English
studio-entry = { $label }, no. { $n }
studio-remove-entry = Remove no. { $n } from “{ $label }”
studio-remove = Remove
studio-pack-title = Title
studio-pack-description = Description
studio-pack-id = Pack id
studio-pack-id-note = Small letters, digits and dashes. It is made from the level and the Norwegian title; learners' progress is kept under it, so keep it once the pack is handed out.
studio-pack-version = Version
studio-version-proposed = Published as { $published }. Proposed next version: { $proposed } (an exercise removed: a new major number; an exercise added: a new minor number; otherwise a fix).
studio-authors = Authors
studio-add-author = Add an author
studio-licence = Licence
studio-situations = Situations at work
studio-add-situation = Add a situation
studio-words-intro = Each word with its article (en, ei, et) or «å», its forms, and its meaning in Ukrainian and English. Learners at A1–A2 tap a word to see its meaning. On a keyboard, Tab takes you to the next field and Enter to the next word; in the last word, Enter adds a new one.
studio-word-n = Word { $n }
studio-lemma = Word (with article or «å»)
studio-forms = Forms, separated by commas
studio-pos = Part of speech
studio-pos-noun = Noun
studio-pos-verb = Verb
studio-pos-adjective = Adjective
studio-pos-adverb = Adverb
studio-pos-pronoun = Pronoun
studio-pos-preposition = Preposition
studio-pos-conjunction = Conjunction
studio-pos-interjection = Interjection
studio-pos-phrase = Phrase
studio-gloss-uk = Meaning in Ukrainian
studio-gloss-en = Meaning in English
studio-example = Example sentence
studio-add-word = Add a word
studio-remove-word = Remove this word
studio-kind-flashcard = Flashcard
studio-kind-choice = Multiple choice
studio-kind-gap = Gap with options
studio-kind-cloze = Gap to type in
studio-kind-translate = Translation
studio-kind-order = Put in order
studio-kind-match = Match pairs
studio-kind-listening = Listening
studio-kind-minimal-pair = Words that sound alike
studio-kind-dialogue = Dialogue
studio-kind-message = Message to write
studio-kind-speaking = Say it aloud
studio-kind-culture = Good to know
studio-new-kind = Type of exercise
studio-add-item = Add the exercise
studio-item-name = { $n }. { $kind }
studio-item-id = Id: { $id }
studio-move-up = Move up
studio-move-down = Move down
studio-duplicate = Duplicate
studio-delete-item = Delete
studio-more = Level, instruction, hint and feedback
studio-instruction = Instruction (when the usual one is not enough)
studio-hint = Hint
studio-feedback = Why the answer is right (shown after answering)
studio-front = Norwegian on the front
studio-back-side = Meaning on the back
studio-question = Question
studio-gap-text = Sentence with a gap (___)
studio-make-gap = Make the selected word the gap
studio-make-gap-how = Select a word in the sentence first. The sentence can have only one gap.
studio-options = Options
studio-option-n = Option { $n }
studio-add-option = Add an option
studio-remove-option = Remove option { $n }
studio-right-answer = Right answer
studio-why-wrong = Why «{ $option }» is wrong
studio-answers = Accepted answers
studio-add-answer = Add an answer
studio-translate-source = Sentence to translate into Norwegian
studio-sentence = Sentence
studio-make-tiles = Make tiles from the sentence
studio-tiles = Tiles in the right order
studio-extra-tiles = Extra tiles that do not belong
studio-alternatives = Other right orders
studio-alternatives-note = Where the tiles can rightly go in another order too, write that order as the sentence; it is read as the tiles above.
studio-alternative-n = Right order { $n }
studio-add-alternative = Add another right order
studio-add-tile = Add a tile
studio-pairs = Pairs
studio-pairs-note = Pair Norwegian with Norwegian, or with an emoji: a learner must never have to read Ukrainian or English to match.
studio-pair-left = Pair { $n }: Norwegian
studio-pair-right = Pair { $n }: its match
studio-add-pair = Add a pair
studio-listen-text = What is said (Norwegian)
studio-listen-answer = The answer
studio-listen-typed = Learners type what they hear
studio-word-1 = First word
studio-word-2 = Second word
studio-speakers = People
studio-speaker-n = Person { $n }, name and role
studio-speaker-learner = The learner plays this person
studio-add-speaker = Add a person
studio-turns = Turns
studio-turn-n = Turn { $n }: who speaks
studio-turn-text = What they say
studio-reply-n = Reply { $n }
studio-add-reply = Add a reply
studio-add-turn = Add a turn
studio-remove-turn = Remove this turn
studio-task = Task
studio-model = Model answer
studio-checklist = What a good answer should have
studio-check-n = Point { $n }
studio-add-check = Add a point
studio-say-text = What to say (Norwegian)
studio-culture-title = Heading
studio-culture-text = Text
studio-preview = As learners see it
studio-preview-support = Learner's support language
studio-preview-fix = Fix the problems of this exercise to see it as learners will.
studio-import-intro = A word list from a spreadsheet saved as CSV or TSV, a Quizlet set exported as text, or Anki notes exported as plain text. Each row becomes a word with a flashcard. Words that stand in their own example are matched to it in “Match pairs” exercises, three words to each; at A1–A2 each of them also becomes a gap exercise. The gap exercises get other words of the list as wrong options: try each of them in the gap, and replace any that could also fit.
studio-import-choose = List file
studio-import-paste = Or paste the list here
studio-list-not-text = The file is not a text file. In the spreadsheet, save it as CSV or as text.
studio-list-too-large = The file is too large for a word list.
studio-list-empty = The list is empty.
studio-list-too-long = The list has more than { $max } rows. Split it into smaller packs.
studio-list-unreadable = The list could not be read: a quotation mark is opened and never closed.
studio-import-columns = What each column holds
studio-column-n = Column { $n } (“{ $first }”)
studio-column-norwegian = Norwegian
studio-column-ukrainian = Ukrainian
studio-column-english = English
studio-column-example = Example
studio-column-ignored = Not used
studio-import-header = The first row names the columns
studio-import-makes =
    The list makes { $words ->
        [one] { $words } word
       *[other] { $words } words
    } and { $items ->
        [one] { $items } exercise.
       *[other] { $items } exercises.
    }
studio-import-left-out =
    { $count ->
        [one] { $count } row is left out:
       *[other] { $count } rows are left out:
    }
studio-row-no-norwegian = Line { $line }: no Norwegian.
studio-row-no-meaning = Line { $line }: no meaning in Ukrainian or English.
studio-row-twice = Line { $line }: the same word as on line { $first }.
studio-row-bad-cell = Line { $line }: the { $column } cell has markup, an invisible character or more than 500 characters.
studio-import-add = Add to the pack
studio-hand-out-problems = The pack has problems (listed above). It is kept as a draft, but it can be handed out only once they are fixed.
studio-draft-file = Save the draft as a file
studio-draft-file-intro = To go on with it on another device, save the draft as a file as it is and open it in the studio there. Learners’ apps do not take it until its problems are fixed.
studio-export-toml = Download the pack file (.toml)
studio-try = Try it as a learner
studio-try-intro = Adds the pack to the app on this device, as a learner who was sent it would, and opens it. Try it again after a change: it takes the place of the one tried before.
studio-try-button = Add it to the app here
studio-try-open = Open it in the app
studio-try-bundled = A pack that comes with the app has this id. Give your pack another id under Details.
studio-try-other-source = A pack with this id from a web address is already in the app on this device. Give your pack another id under Details.
studio-recording = Recording
studio-record = Record
studio-record-again = Record again
studio-record-stop = Stop
studio-record-remove = Remove the recording
studio-record-level = Sound level
studio-record-seconds = Recording: { $seconds } s of at most { $max } s
studio-record-size = The recording: { $size } KB
studio-record-attach = Or choose a sound file (.ogg, .mp3, .m4a)
studio-record-not-audio = The file is not a recording the app can play (Ogg, MP3 or M4A).
studio-record-too-large = The recording is larger than a pack’s recording may be (128 KB). Record a shorter one.
studio-record-failed = Nothing was recorded. Try again.
studio-record-no-format = This browser cannot record in a format packs use. Choose a sound file instead, or record in another browser.
studio-export-zip = Download the pack (.zip with its recordings)
studio-record-refused = The microphone is blocked. To record, allow this site to use the microphone in the browser’s settings, or choose a sound file.
studio-record-missing = This device cannot record sound. Choose a sound file instead.
studio-picture = Picture
studio-picture-intro = A picture shown with the exercise: PNG, JPEG, WebP or SVG, at most 128 KB.
studio-picture-choose = Choose a picture
studio-picture-alt = The exercise’s picture
studio-picture-remove = Remove the picture
studio-picture-not-picture = The file is not a picture the app can show (PNG, JPEG, WebP, or SVG without scripts).
studio-picture-too-large = The picture is larger than a pack’s picture may be (128 KB). Make it smaller.
studio-item-level = Level of this exercise
studio-item-level-pack = As the pack ({ $level })
studio-here-empty = The list is empty. Add at least one entry.
studio-here-too-few = The list needs at least { $min } entries.
studio-here-missing-translation = Write the text here: it is needed at this level.
studio-here-missing-language =
    The text in { $lang ->
        [uk] Ukrainian
        [en] English
       *[nb] Norwegian
    } is missing: it is needed at this level.
studio-here-too-long = The text is { $length } characters long; at most { $limit } fit on a phone screen.
studio-here-markup = The text contains markup such as <b> or <script>. Write plain text.
studio-here-control-character = The text contains an invisible control character. Type it again.
studio-here-written-form = This text is read aloud, but it has the written abbreviation “{ $abbreviation }”. Write it as it is said: “klokka ti”, not “kl. ti”.
studio-here-blank = This field is empty. Write its text here.
studio-here-invisible-character = The text contains an invisible character (such as a zero-width space or a direction mark), often copied from a web page. Type the text again.
studio-deleted = “{ $name }” was removed.
studio-undo = Undo
