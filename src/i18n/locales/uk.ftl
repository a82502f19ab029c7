# Bransjenorsk – українська.
# Every message id here must also be in nb.ftl and en.ftl.
# Plurals: [one] 1, 21, 31…; [few] 2–4, 22–24…; [many] 5–20, 25–30…, 0; [other] fractions.

app-name = Bransjenorsk
language-label = Мова
loading = Завантаження…
retry = Спробувати ще раз
back-home = На головну
back-to-sector = Назад до розділу «{ $sector }»

## Navigation

nav-label = Головне меню
nav-home = Головна
nav-settings = Налаштування
nav-about = Довідка

## Home

home-title = Виберіть галузь
home-heading = Де ви працюєте?
home-intro = Виберіть галузь, у якій ви працюєте або хочете працювати, і тренуйте норвезьку, потрібну саме там.

## Sectors

sector-helse = Охорона здоров’я та догляд
sector-helse-jobs = Помічник або працівник із догляду в будинку для літніх людей і в службі догляду вдома
sector-helse-requirement = Директорат охорони здоров’я рекомендує всім, кого наймають у сфері охорони здоров’я та догляду, володіти норвезькою на рівні B2 усно й письмово.
sector-barnehage = Дитячий садок
sector-barnehage-jobs = Помічник вихователя в дитячому садку
sector-barnehage-requirement = Закон про дитячі садки (Barnehageloven) вимагає норвезької на рівні B1 для читання, аудіювання та усного мовлення і на рівні A2 для письма.
sector-horeca = Готелі, ресторани й кафе
sector-horeca-jobs = Помічник на кухні, офіціант, рецепція та прибирання готельних номерів
sector-horeca-requirement = Вимоги визначає роботодавець. Багато хто наймає працівників із рівнем A1–A2 і очікує, що норвезька покращуватиметься під час роботи.
sector-renhold = Прибирання
sector-renhold-jobs = Прибиральник в офісах, школах, готелях і лікарнях
sector-renhold-requirement = Вимоги визначає роботодавець. Багато хто наймає працівників із рівнем A1–A2 і очікує, що норвезька покращуватиметься під час роботи.
sector-arbeidsliv = Праця в Норвегії
sector-arbeidsliv-jobs = Те, що потрібно всім: трудовий договір, розрахунковий листок, графік змін (turnus), лікарняний і охорона праці (HMS)
sector-arbeidsliv-requirement = Це стосується всіх галузей: слова й правила, з якими ви стикнетеся на будь-якій роботі в Норвегії.
sector-pack-count =
    { $count ->
        [one] { $count } набір
        [few] { $count } набори
        [many] { $count } наборів
       *[other] { $count } набору
    }
sector-no-packs = Для цієї галузі ще немає наборів вправ.

## Levels (CEFR)

level-a1 = Початковий
level-a2 = Елементарний
level-b1 = Середній
level-b2 = Вищий за середній

## Packs

pack-words =
    { $count ->
        [one] { $count } слово
        [few] { $count } слова
        [many] { $count } слів
       *[other] { $count } слова
    }
pack-meta =
    { $words ->
        [one] { $words } слово
        [few] { $words } слова
        [many] { $words } слів
       *[other] { $words } слова
    } · { $kilobytes } КБ
pack-vocabulary = Слова і вирази
pack-credits = Автори: { $authors }. Ліцензія: { $licence }.
pack-error-offline = Не вдалося завантажити набір. Перевірте з’єднання з інтернетом і спробуйте ще раз.
pack-error-missing = Цього набору немає на сервері. Спробуйте пізніше.
pack-error-broken = Набір пошкоджений, і його неможливо показати. Ваші збережені дані не постраждали.

## Not found

not-found-title = Сторінку не знайдено
not-found-text = Такої адреси в Bransjenorsk немає. Можливо, посилання застаріле або обрізане.

## Settings

settings-title = Налаштування
settings-language = Мова застосунку
settings-storage = Збереження даних
storage-ok = Ваш вибір зберігається лише в цьому браузері на цьому пристрої.
storage-unavailable = Браузер не дозволяє застосунку нічого зберігати (можливо, увімкнено приватний режим). Вправлятися можна, але ваш вибір зникне, коли ви закриєте сторінку.
storage-full = Сховище браузера переповнене. Уже збережене в безпеці, але нові зміни зберегти не вдається. Звільніть місце і спробуйте ще раз.
storage-corrupted = Частину збережених даних неможливо прочитати. Їх не видалено.
storage-failed = Браузер не зміг зберегти дані. Спробуйте ще раз.

## About

about-title = Довідка і про застосунок
about-what = Bransjenorsk — це застосунок для тренування норвезької, потрібної на роботі: в охороні здоров’я та догляді, у дитячому садку, у готелях і ресторанах, у сфері прибирання та в трудовому житті загалом.
about-who = Він створений для тих, хто недавно в Норвегії і вивчає норвезьку паралельно з роботою чи практикою. На рівнях A1–A2 є допомога українською або англійською.
about-privacy-heading = Конфіденційність
about-privacy = Усе, що ви робите в застосунку, зберігається лише в браузері на вашому пристрої. Застосунок не має облікових записів, нічого не надсилає на жоден сервер і не використовує ні стеження, ні реклами.
about-licence-heading = Ліцензія
about-licence = Навчальні матеріали поширюються за ліцензією CC BY-SA 4.0: їх можна поширювати й змінювати, якщо ви вказуєте джерело і поширюєте результат на тих самих умовах. Програмний код — вільне програмне забезпечення (MIT або Apache 2.0).
about-version = Версія { $version }
about-teachers-heading = Для вчителів
about-teachers = Створюйте власні набори вправ і перевіряйте їх тут, перш ніж ділитися ними.

## Checking a pack file

check-title = Перевірити набір
check-intro = Виберіть файл набору (.toml), щоб перевірити, чи він готовий для застосунку. Файл залишається на цьому пристрої.
check-choose = Файл набору
check-not-read = Не вдалося прочитати файл.
check-checking = Перевіряємо файл…
check-unavailable = Не вдалося запустити перевірку. Її завантажують під час першого використання: перевірте з’єднання з інтернетом і спробуйте ще раз.
check-ok = У наборі «{ $title }» помилок не знайдено.
check-exercises =
    { $count ->
        [one] { $count } вправа
        [few] { $count } вправи
        [many] { $count } вправ
       *[other] { $count } вправи
    }
check-problems =
    { $count ->
        [one] Знайдено { $count } помилку:
        [few] Знайдено { $count } помилки:
        [many] Знайдено { $count } помилок:
       *[other] Знайдено { $count } помилки:
    }
problem-at = Рядок { $line }, стовпець { $column }
subject-pack = Набір
subject-word = Слово «{ $id }»
subject-item = Вправа «{ $id }»
problem-syntax = Це некоректний TOML: { $detail }
problem-shape = Файл не має структури набору: { $detail }
problem-missing-schema = Угорі бракує рядка «schema = 1».
problem-unsupported-schema = Цей набір написано для формату { $found }, а ця версія застосунку читає формат { $supported }. Оновіть застосунок.
problem-not-utf8 = Файл не в кодуванні UTF-8. Збережіть його як UTF-8.
problem-file-too-large = Файл завеликий: { $size } Б. Набір може мати щонайбільше { $limit } Б.
problem-bad-id = Ідентифікатор «{ $id }» може містити лише малі латинські літери a–z, цифри й дефіс.
problem-duplicate-id = Ідентифікатор «{ $id }» використано в цьому наборі більше ніж один раз.
problem-duplicate-pack-id = Ідентифікатор набору «{ $id }» уже використовує інший набір.
problem-bad-version = Версія «{ $version }» має бути у вигляді 1.0.0.
problem-wrong-sector-folder = У наборі вказано галузь «{ $sector }», але він лежить у папці «{ $folder }».
problem-empty = Поле «{ $field }» порожнє.
problem-too-few = Кількість елементів у полі «{ $field }» має бути не менше ніж { $min }.
problem-answer-not-in-options = Відповіді «{ $answer }» немає серед варіантів.
problem-duplicate-option = Варіант «{ $option }» указано двічі.
problem-gap-count = Текст має містити рівно один пропуск ___, а містить { $found }.
problem-tile-missing = Відповідь використовує картку «{ $tile }», якої немає серед карток.
problem-tile-overused = Відповідь використовує картку «{ $tile }» частіше, ніж вона трапляється серед карток.
problem-unknown-speaker = Репліку приписано учасникові «{ $speaker }», якого немає серед учасників.
problem-learner-count = Діалог має містити рівно одного учасника з learner = true, а містить { $found }.
problem-learner-turn = Репліка того, хто вправляється, повинна мати варіанти, з яких один позначено correct = true, або відповіді для введення.
problem-turn-without-text = Репліка іншого учасника повинна мати текст.
problem-missing-translation = У полі «{ $field }» бракує тексту для «{ $lang }», потрібного на цьому рівні.
problem-too-long = Поле «{ $field }» має довжину { $length } симв.; на екрані телефона вміщається щонайбільше { $limit }.
problem-markup = Поле «{ $field }» містить розмітку на кшталт <b> або <script>. Пишіть звичайний текст.
problem-control-character = Поле «{ $field }» містить невидимий керівний символ.
problem-missing-file = Файлу «{ $file }» не існує.
problem-media-type = Файл «{ $file }» має бути одного з типів: { $allowed }.
problem-media-too-large = Файл «{ $file }» має розмір { $size } КБ; дозволено щонайбільше { $limit } КБ.
problem-media-total = Аудіозаписи й зображення набору разом мають { $size } КБ; разом дозволено щонайбільше { $limit } КБ.
problem-plays = Значення «plays» має бути від { $min } до { $max }, а воно { $found }.
problem-unknown-prerequisite = Набору «{ $id }», який треба пройти раніше, не знайдено.

## Practice

pack-exercises =
    { $count ->
        [one] { $count } вправа
        [few] { $count } вправи
        [many] { $count } вправ
       *[other] { $count } вправи
    }
pack-progress = Виконано { $done } з { $total }
pack-practise = Почати вправи
pack-no-exercises = У цьому наборі ще немає вправ. Нижче можна вивчити його слова.
practice-title = Вправи: { $title }
play-close = Завершити вправи
play-progress = Поступ у цьому занятті
play-left-out = Деяких вправ із цього набору ця версія застосунку ще не вміє показувати, тому їх пропущено. Пропущено: { $count }.
play-not-saved = Ваші відповіді в цьому занятті не зберігаються.
play-show-translation = Показати переклад
play-hint = Підказка
play-right = Правильно!
play-almost = Майже правильно.
play-wrong = Не зовсім.
play-done = Готово.
play-slip-letters = Зверніть увагу на літери æ, ø і å.
play-slip-typo = Перевірте написання: одна літера неправильна.
play-answer-is = Відповідь:
play-continue = Далі
play-gap-label = пропуск
play-your-answer = Ваша відповідь
play-dont-know = Не знаю
play-check = Перевірити
play-order-built = Ваша відповідь
play-order-tiles = Картки на вибір
play-match-label = Пари, які треба з’єднати
play-your-message = Ваше повідомлення
play-show-model = Порівняти зі зразком
play-model = Зразок відповіді
play-checklist = Чи є це у вашому повідомленні?
play-turn-card = Показати значення
play-rate-question = Наскільки добре ви це знаєте?
play-rate-again = Ще не знаю
play-rate-hard = Важко
play-rate-good = Знаю
play-rate-easy = Легко
play-summary = Заняття завершено
play-summary-perfect = Усе правильно. Чудова робота!
play-summary-score = Правильно з першої спроби: { $right } з { $answered }.
play-summary-almost = Майже правильно: { $count }
play-summary-wrong = Неправильно: { $count }
play-summary-read = Прочитано нотаток: { $count }
play-summary-review = Варто повторити
play-back-to-pack = Назад до набору
play-again = Ще раз
play-flashcard = Чи знаєте ви, що це означає?
play-choice = Виберіть правильну відповідь.
play-gap = Виберіть слово, яке підходить у пропуск.
play-cloze = Напишіть пропущене слово.
play-translate = Напишіть це норвезькою.
play-order-words = Розставте слова в правильному порядку.
play-order-sentences = Розставте речення в правильному порядку.
play-match = З’єднайте пари.
play-dialogue = Візьміть участь у розмові: виберіть або напишіть відповідь.
play-message = Напишіть повідомлення норвезькою.
play-culture = Корисно знати
settings-support = Допомога під час вправ
settings-support-intro = На рівнях A1 і A2 інструкції, підказки й значення слів показано цією мовою. Від рівня B1 вправи норвезькою, а переклад — коли ви його попросите.
support-none = Лише норвезька
