# Screen texts of the kiosk in Russian (русский). Translated from Norwegian Bokmål.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Добро пожаловать!
welcome-choose-language = Выберите язык
welcome-instructions = Нажмите на свой язык, чтобы начать. Нажмите на динамик, чтобы послушать текст.
welcome-start = Начать

## Privacy notice

privacy-title = Об опросе
privacy-notice =
    Этот опрос анонимный. Мы не спрашиваем ваше имя, и никто не видит, что вы отвечаете.
    Отвечать или нет — решаете вы. Вы можете остановиться в любой момент, и тогда ничего не сохранится.
    Ваши ответы шифруются и отправляются в Директорат по вопросам интеграции и разнообразия (Integrerings- og mangfoldsdirektoratet, IMDi).
    Ваша коммуна видит только ответы многих участников вместе и никогда не видит отдельные ответы.
    Опрос проводится в соответствии с § 25 Закона о вводной программе (introduksjonsloven) и § 41 Закона об интеграции (integreringsloven).
privacy-accept = Я понимаю, дальше

## Moving through the survey

nav-next = Дальше
nav-back = Назад
nav-play = Послушать текст
nav-stop-sound = Остановить звук
progress = Вопрос { $current } из { $total }
free-text-placeholder = Напишите здесь, если хотите
free-text-skip = Пропустить
choose-one = Выберите один ответ.
choose-many = Выберите один или несколько ответов.

## Endings

screening-ended = Спасибо! Сейчас вам не нужно отвечать на опрос. Скажите об этом учителю.
finish-thanks = Большое спасибо за ваши ответы!
finish-next = Теперь может отвечать следующий человек.
survey-closed = Сейчас опрос закрыт.
survey-closed-detail = Он открыт с { $opens } по { $closes }.

## Idle warning

idle-title = Вы ещё здесь?
idle-countdown = Через { $seconds } сек. опрос начнётся заново, и ваши ответы будут удалены.
idle-continue = Я хочу продолжить

## Sound

sound-unavailable = На этом устройстве звук не работает.
display-text-size = Крупнее текст
display-contrast = Ярче цвета

## Practice mode

practice-banner = Тренировочная версия: ничего не сохраняется.

## Coordinator mode

coord-title = Координатор
coord-pin-set = Выберите PIN-код для координатора
coord-pin-enter = Введите PIN-код
coord-pin-confirm = Сохранить PIN-код
coord-unlock = Разблокировать
coord-pack = Пакет содержимого
coord-period = Опрос открыт
coord-pending = Ответы, которые ждут отправки
coord-synced = Отправленные ответы
coord-last-sync = Последняя отправка
coord-never = Никогда
coord-audio = Звук
coord-audio-ok = Работает
coord-audio-missing = Нет звукового устройства
coord-practice-on = Начать тренировочный раунд
coord-practice-off = Отменить тренировочный раунд
coord-enrol = Подключить к коммуне
coord-collector-url = Адрес службы сбора ответов
coord-access-code = Код доступа от коммуны
coord-kiosk-name = Название этого киоска (необязательно, например Кабинет 204)
coord-enrolled = Подключено к коммуне: { $municipality }
coord-sync = Отправить ответы сейчас
coord-sync-progress = Отправлено { $done } из { $total }
coord-sync-done = Все ответы отправлены.
coord-sync-stop = Остановить отправку
coord-sync-retrying = Служба сбора ответов не отвечает. Пробуем ещё раз (попытка { $retries }).
coord-sync-stopped = Отправка остановлена.
coord-sync-sent = Только что отправлено ответов: { $count }.
coord-sync-kept-future-date = Пока не принято ответов: { $count }. Сервис сбора считает, что их дата в будущем. Дата на этом устройстве: { $kiosk }. Дата в сервисе сбора: { $collector }. Они надёжно сохранены здесь и будут отправлены снова в следующий раз. Выясните, какая из двух дат неверна.
coord-sync-kept-outside-period = Пока не принято ответов: { $count }. Их дата вне периода опроса. Дата на этом устройстве: { $kiosk }. Дата в сервисе сбора: { $collector }. Они надёжно сохранены здесь и будут отправлены снова в следующий раз. Свяжитесь с теми, кто проводит опрос.
coord-sync-refused-other = Не принято ответов: { $count } ({ $reason }). Свяжитесь с теми, кто проводит опрос.
coord-sync-waiting = Ещё ждут отправки ответов: { $count }. Они надёжно сохранены на этом устройстве и будут отправлены в следующий раз.
coord-sync-new-content = Установлено новое содержимое (версия { $version }).
coord-exit = Закрыть киоск
coord-close = Закрыть
coord-pin-rule = PIN-код состоит из 4–12 цифр.
coord-pin-again = Введите тот же PIN-код ещё раз
coord-keypad-erase = Стереть
coord-auto-locked = Экран заблокирован, потому что им какое-то время никто не пользовался.
coord-exit-question = Закрыть киоск? Никто не сможет отвечать, пока его снова не запустят.
coord-exit-yes = Да, закрыть
coord-exit-no = Нет, вернуться
coord-practice-ready = Следующий человек получит тренировочную версию. Ничего не сохраняется. После одного раунда киоск снова принимает настоящие ответы.
coord-sound-test = Проверить звук
coord-sound-test-playing = Сейчас вы должны услышать «Добро пожаловать!». Если ничего не слышно, проверьте громкость и наушники.
coord-sound-test-none = Звуковое устройство не найдено. Подключите наушники или колонку и запустите киоск снова.
coord-voices = Языки, которые читает голос другого языка
coord-voices-none = Нет

## Errors shown to people

error-answer-required = Нужно ответить на этот вопрос.
error-invalid-answer = Этот ответ не подходит к вопросу.
error-pin-wrong = Неверный PIN-код.
error-pin-throttled = Слишком много попыток. Подождите { $seconds } сек.
error-pin-too-short = PIN-код должен содержать не меньше четырёх цифр.
error-pin-mismatch = Два PIN-кода не совпадают. Введите их снова.
error-no-network = Нет связи со службой сбора ответов. Проверьте сеть и попробуйте ещё раз.
error-wrong-code = Неверный код доступа.
error-locked-out = Слишком много неверных попыток. Попробуйте позже.
error-kiosk-revoked = Этот киоск отключён. Свяжитесь с коммуной.
error-not-enrolled = Киоск ещё не подключён к коммуне.
error-collector-refused = Служба сбора ответов не приняла ответы.
error-pack-invalid = Пакет содержимого недействителен и не будет использоваться.
error-survey-closed = Сейчас опрос не открыт.
error-storage = Не удалось сохранить. Ничего не потеряно. Скажите об этом учителю.
error-audio = Не удалось воспроизвести звук.
error-internal = Что-то пошло не так. Скажите об этом учителю.
error-unsent-other-municipality = На этом устройстве есть ответы, которые ещё не отправлены. Отправьте их, прежде чем подключать устройство к другой коммуне.
error-insecure-collector = Адрес службы сбора ответов должен начинаться с https://. Ответы отправляются только в зашифрованном виде.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Введите код
web-code-help = Код есть в сообщении, которое вы получили от коммуны, например 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Код
web-code-submit = Дальше
web-code-wrong = Код неверный. Проверьте, нет ли ошибок, и попробуйте ещё раз.
web-code-throttled = Слишком много попыток. Подождите { $seconds } сек. и попробуйте ещё раз.
web-code-offline = Нет интернета. Подключитесь к интернету, чтобы ввести код.
web-language-not-kept = Этот язык не сохранён на этом устройстве, а сейчас вы не в сети. Выберите один из языков ниже или попробуйте снова, когда будете в сети.
web-page-title = Анонимный опрос
web-more = Другие действия
web-insecure = Эта страница открыта без защищённого соединения (https). Ваш ответ не будет отправлен отсюда. Откройте ещё раз ссылку, которую вы получили.
web-sent = Ваш ответ отправлен. Спасибо!
web-waiting = Ваш ответ сохранён в зашифрованном виде на этом устройстве. Он отправится сам, когда снова появится интернет. Оставьте страницу открытой или откройте её позже.
web-another = Пусть ответит другой человек

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Русский
nav-done = Готово
nav-stop = Остановить
stop-confirm = Хотите остановиться? Ваши ответы будут удалены. Ничего не сохранится.
stop-yes = Да, остановить
stop-no = Нет, я хочу продолжить
screening-confirm = Вы ответили «да». Тогда опрос для вас заканчивается здесь. Это верно?
screening-confirm-yes = Да, верно
error-nothing-chosen = Вы ничего не выбрали. Нажмите на ответ.
error-wrong-step = Экран изменился. Вот где вы сейчас.
listen-all = Прослушать всё
volume-up = Громче
volume-down = Тише
sound-playing = Звучит запись. Нажмите, чтобы остановить.
idle-spoken = Вы ещё здесь? Если вы не коснётесь экрана, опрос начнётся заново, и ваши ответы будут удалены.
coord-auto-play-on = Включить чтение вопросов вслух
coord-auto-play-off = Выключить чтение вопросов вслух

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Это демоверсия. Ваши ответы не сохраняются и не отправляются.
invite-title = Что вы думаете об обучении?
invite-what = Мы хотим знать, что вы думаете об обучении норвежскому языку и о вводной программе.
invite-anonymous = Это добровольно и анонимно. Никто не увидит ваши ответы.
invite-time = Это займёт около десяти минут.
invite-ear = Вы можете всё прослушать. Нажмите на динамик, чтобы услышать текст. Нажмите на свой ответ, чтобы выбрать его.
invite-help = Нужна помощь? Спросите своего учителя или человека, которому вы доверяете.
invite-start = Начать опрос
