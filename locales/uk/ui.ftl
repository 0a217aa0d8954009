# Screen texts of the kiosk in Ukrainian (українська). Translated from Norwegian Bokmål.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Ласкаво просимо!
welcome-choose-language = Виберіть мову
welcome-instructions = Натисніть на свою мову, щоб почати. Натисніть на динамік, щоб послухати текст.
welcome-start = Почати

## Privacy notice

privacy-title = Про опитування
privacy-notice =
    Це опитування анонімне. Ми не питаємо ваше ім’я, і ніхто не бачить, що ви відповідаєте.
    Відповідати чи ні — вирішуєте ви. Ви можете зупинитися будь-коли, і тоді нічого не буде збережено.
    Ваші відповіді шифруються і надсилаються до Директорату з питань інтеграції та різноманіття (Integrerings- og mangfoldsdirektoratet, IMDi).
    Ваша комуна бачить лише відповіді багатьох учасників разом і ніколи не бачить окремих відповідей.
    Опитування проводиться згідно з § 25 Закону про вступну програму (introduksjonsloven) і § 41 Закону про інтеграцію (integreringsloven).
privacy-accept = Я розумію, далі

## Moving through the survey

nav-next = Далі
nav-back = Назад
nav-play = Послухати текст
nav-stop-sound = Зупинити звук
progress = Питання { $current } з { $total }
free-text-placeholder = Напишіть тут, якщо хочете
free-text-skip = Пропустити
choose-one = Виберіть одну відповідь.
choose-many = Виберіть одну або кілька відповідей.

## Endings

screening-ended = Дякуємо! Зараз вам не потрібно відповідати на опитування. Скажіть про це вчителеві.
finish-thanks = Щиро дякуємо за ваші відповіді!
finish-next = Тепер може відповідати наступна людина.
survey-closed = Зараз опитування закрите.
survey-closed-detail = Воно відкрите з { $opens } до { $closes }.

## Idle warning

idle-title = Ви ще тут?
idle-countdown = Через { $seconds } с опитування почнеться знову, і ваші відповіді буде видалено.
idle-continue = Я хочу продовжити

## Sound

sound-unavailable = На цьому пристрої звук не працює.
display-text-size = Більший текст
display-contrast = Яскравіші кольори

## Practice mode

practice-banner = Тренувальна версія: нічого не зберігається.

## Coordinator mode

coord-title = Координатор
coord-pin-set = Виберіть PIN-код для координатора
coord-pin-enter = Введіть PIN-код
coord-pin-confirm = Зберегти PIN-код
coord-unlock = Розблокувати
coord-pack = Пакет вмісту
coord-period = Опитування відкрите
coord-pending = Відповіді, що чекають на надсилання
coord-synced = Надіслані відповіді
coord-last-sync = Востаннє надіслано
coord-never = Ніколи
coord-audio = Звук
coord-audio-ok = Працює
coord-audio-missing = Немає звукового пристрою
coord-practice-on = Почати тренувальний раунд
coord-practice-off = Скасувати тренувальний раунд
coord-enrol = Підключити до комуни
coord-collector-url = Адреса сервісу збору відповідей
coord-access-code = Код доступу від комуни
coord-kiosk-name = Назва цього кіоску (необов’язково, наприклад Кабінет 204)
coord-enrolled = Підключено до комуни: { $municipality }
coord-sync = Надіслати відповіді зараз
coord-sync-progress = Надіслано { $done } з { $total }
coord-sync-done = Усі відповіді надіслано.
coord-sync-stop = Зупинити надсилання
coord-sync-retrying = Сервіс збору відповідей не відповідає. Пробуємо ще раз (спроба { $retries }).
coord-sync-stopped = Надсилання зупинено.
coord-sync-sent = Щойно надіслано відповідей: { $count }.
coord-sync-kept-future-date = Поки що не прийнято відповідей: { $count }. Сервіс збору вважає, що їхня дата в майбутньому. Дата на цьому пристрої: { $kiosk }. Дата в сервісі збору: { $collector }. Вони надійно збережені тут і будуть надіслані знову наступного разу. З’ясуйте, яка з двох дат неправильна.
coord-sync-kept-outside-period = Поки що не прийнято відповідей: { $count }. Їхня дата поза періодом опитування. Дата на цьому пристрої: { $kiosk }. Дата в сервісі збору: { $collector }. Вони надійно збережені тут і будуть надіслані знову наступного разу. Зверніться до тих, хто проводить опитування.
coord-sync-refused-other = Не прийнято відповідей: { $count } ({ $reason }). Зверніться до тих, хто проводить опитування.
coord-sync-waiting = Досі чекають на надсилання відповідей: { $count }. Вони надійно збережені на цьому пристрої й будуть надіслані наступного разу.
coord-sync-new-content = Установлено новий вміст (версія { $version }).
coord-exit = Закрити кіоск
coord-close = Закрити
coord-pin-rule = PIN-код має від 4 до 12 цифр.
coord-pin-again = Введіть той самий PIN-код ще раз
coord-keypad-erase = Стерти
coord-auto-locked = Екран заблоковано, бо ним деякий час ніхто не користувався.
coord-exit-question = Закрити кіоск? Ніхто не зможе відповідати, доки його знову не запустять.
coord-exit-yes = Так, закрити
coord-exit-no = Ні, повернутися
coord-practice-ready = Наступна людина отримає тренувальну версію. Нічого не зберігається. Після одного раунду кіоск знову приймає справжні відповіді.
coord-sound-test = Перевірити звук
coord-sound-test-playing = Зараз ви маєте почути «Ласкаво просимо!». Якщо нічого не чути, перевірте гучність і навушники.
coord-sound-test-none = Звуковий пристрій не знайдено. Під’єднайте навушники або динамік і запустіть кіоск знову.
coord-voices = Мови, які читає голос іншої мови
coord-voices-none = Немає

## Errors shown to people

error-answer-required = Потрібно відповісти на це питання.
error-invalid-answer = Ця відповідь не підходить до питання.
error-pin-wrong = Неправильний PIN-код.
error-pin-throttled = Забагато спроб. Зачекайте { $seconds } с.
error-pin-too-short = PIN-код має містити щонайменше чотири цифри.
error-pin-mismatch = Два PIN-коди не однакові. Введіть їх знову.
error-no-network = Немає зв’язку із сервісом збору відповідей. Перевірте мережу і спробуйте ще раз.
error-wrong-code = Неправильний код доступу.
error-locked-out = Забагато неправильних спроб. Спробуйте пізніше.
error-kiosk-revoked = Цей кіоск від’єднано. Зверніться до комуни.
error-not-enrolled = Кіоск ще не підключено до комуни.
error-collector-refused = Сервіс збору відповідей не прийняв відповіді.
error-pack-invalid = Пакет вмісту недійсний, і його не буде використано.
error-survey-closed = Зараз опитування не відкрите.
error-storage = Не вдалося зберегти. Нічого не втрачено. Скажіть про це вчителеві.
error-audio = Не вдалося відтворити звук.
error-internal = Щось пішло не так. Скажіть про це вчителеві.
error-unsent-other-municipality = На цьому пристрої є відповіді, які ще не надіслано. Надішліть їх, перш ніж підключати пристрій до іншої комуни.
error-insecure-collector = Адреса сервісу збору відповідей має починатися з https://. Відповіді надсилаються лише в зашифрованому вигляді.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Введіть код
web-code-help = Код є в повідомленні, яке ви отримали від комуни, наприклад 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Код
web-code-submit = Далі
web-code-wrong = Код неправильний. Перевірте, чи немає помилок, і спробуйте ще раз.
web-code-throttled = Забагато спроб. Зачекайте { $seconds } с і спробуйте ще раз.
web-code-offline = Немає інтернету. Підключіться до інтернету, щоб ввести код.
web-language-not-kept = Цю мову не збережено на цьому пристрої, а зараз ви не в мережі. Виберіть одну з мов нижче або спробуйте ще раз, коли будете в мережі.
web-page-title = Анонімне опитування
web-more = Більше дій
web-insecure = Цю сторінку відкрито без захищеного з’єднання (https). Вашу відповідь не буде надіслано звідси. Відкрийте ще раз посилання, яке ви отримали.
web-sent = Вашу відповідь надіслано. Дякуємо!
web-waiting = Вашу відповідь збережено в зашифрованому вигляді на цьому пристрої. Вона надішлеться сама, коли знову буде інтернет. Залиште сторінку відкритою або відкрийте її пізніше.
web-another = Нехай відповість інша людина

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Українська
nav-done = Готово
nav-stop = Зупинити
stop-confirm = Хочете зупинитися? Ваші відповіді буде видалено. Нічого не збережеться.
stop-yes = Так, зупинити
stop-no = Ні, я хочу продовжити
screening-confirm = Ви відповіли «так». Тоді опитування для вас закінчується тут. Це правильно?
screening-confirm-yes = Так, правильно
error-nothing-chosen = Ви нічого не вибрали. Натисніть на відповідь.
error-wrong-step = Екран змінився. Ось де ви зараз.
listen-all = Прослухати все
volume-up = Гучніше
volume-down = Тихіше
sound-playing = Звучить запис. Натисніть, щоб зупинити.
idle-spoken = Ви ще тут? Якщо ви не торкнетеся екрана, опитування почнеться знову, і ваші відповіді буде видалено.
coord-auto-play-on = Увімкнути читання запитань уголос
coord-auto-play-off = Вимкнути читання запитань уголос

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Це демоверсія. Ваші відповіді не зберігаються і не надсилаються.
invite-title = Що ви думаєте про навчання?
invite-what = Ми хочемо знати, що ви думаєте про навчання норвезької мови та вступну програму.
invite-anonymous = Це добровільно й анонімно. Ніхто не побачить ваших відповідей.
invite-time = Це займає приблизно десять хвилин.
invite-ear = Ви можете все прослухати. Натисніть на динамік, щоб почути текст. Натисніть на свою відповідь, щоб вибрати її.
invite-help = Потрібна допомога? Запитайте свого вчителя або людину, якій ви довіряєте.
invite-start = Почати опитування
