# Screen texts of the kiosk in Polish (polski). Translated from Norwegian Bokmål.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Witamy!
welcome-choose-language = Wybierz język
welcome-instructions = Dotknij swojego języka, aby zacząć. Dotknij głośnika, aby usłyszeć tekst.
welcome-start = Zacznij

## Privacy notice

privacy-title = O ankiecie
privacy-notice =
    Ta ankieta jest anonimowa. Nie pytamy o twoje imię i nikt nie widzi, co odpowiadasz.
    Odpowiadanie jest dobrowolne. Możesz przerwać w każdej chwili i wtedy nic nie zostanie zapisane.
    Twoje odpowiedzi są szyfrowane i wysyłane do Dyrektoriatu do spraw Integracji i Różnorodności (Integrerings- og mangfoldsdirektoratet, IMDi).
    Twoja gmina widzi tylko odpowiedzi wielu osób razem, nigdy pojedynczych odpowiedzi.
    Ankieta jest zgodna z § 25 ustawy o programie wprowadzającym (introduksjonsloven) i § 41 ustawy o integracji (integreringsloven).
privacy-accept = Rozumiem, dalej

## Moving through the survey

nav-next = Dalej
nav-back = Wstecz
nav-play = Posłuchaj tekstu
nav-stop-sound = Zatrzymaj dźwięk
progress = Pytanie { $current } z { $total }
free-text-placeholder = Napisz tutaj, jeśli chcesz
free-text-skip = Pomiń
choose-one = Wybierz jedną odpowiedź.
choose-many = Wybierz jedną lub więcej odpowiedzi.

## Endings

screening-ended = Dziękujemy! Teraz nie odpowiadasz na ankietę. Powiedz o tym nauczycielowi.
finish-thanks = Bardzo dziękujemy za twoje odpowiedzi!
finish-next = Teraz może odpowiadać następna osoba.
survey-closed = Ankieta jest teraz zamknięta.
survey-closed-detail = Jest otwarta od { $opens } do { $closes }.

## Idle warning

idle-title = Czy nadal tu jesteś?
idle-countdown = Za { $seconds } s ankieta zacznie się od nowa, a twoje odpowiedzi zostaną usunięte.
idle-continue = Chcę kontynuować

## Sound

sound-unavailable = Dźwięk nie działa na tym urządzeniu.
display-text-size = Większy tekst
display-contrast = Mocniejsze kolory

## Practice mode

practice-banner = Wersja do ćwiczeń: nic nie jest zapisywane.

## Coordinator mode

coord-title = Koordynator
coord-pin-set = Wybierz PIN dla koordynatora
coord-pin-enter = Wpisz PIN
coord-pin-confirm = Zapisz PIN
coord-unlock = Odblokuj
coord-pack = Pakiet treści
coord-period = Ankieta jest otwarta
coord-pending = Odpowiedzi czekające na wysłanie
coord-synced = Wysłane odpowiedzi
coord-last-sync = Ostatnio wysłano
coord-never = Nigdy
coord-audio = Dźwięk
coord-audio-ok = Działa
coord-audio-missing = Brak urządzenia dźwiękowego
coord-practice-on = Zacznij rundę ćwiczebną
coord-practice-off = Anuluj rundę ćwiczebną
coord-enrol = Połącz z gminą
coord-collector-url = Adres usługi zbierania odpowiedzi
coord-access-code = Kod dostępu z gminy
coord-kiosk-name = Nazwa tego kiosku (opcjonalnie, na przykład Sala 204)
coord-enrolled = Połączono z gminą: { $municipality }
coord-sync = Wyślij odpowiedzi teraz
coord-sync-progress = Wysłano { $done } z { $total }
coord-sync-done = Wszystkie odpowiedzi zostały wysłane.
coord-sync-stop = Zatrzymaj wysyłanie
coord-sync-retrying = Usługa zbierania odpowiedzi nie odpowiada. Próbuję ponownie (próba { $retries }).
coord-sync-stopped = Wysyłanie zostało zatrzymane.
coord-sync-sent = Wysłano teraz odpowiedzi: { $count }.
coord-sync-kept-future-date = Na razie nie przyjęto odpowiedzi: { $count }. Serwis zbierający uważa, że ich data jest w przyszłości. Data na tym urządzeniu: { $kiosk }. Data w serwisie zbierającym: { $collector }. Są bezpiecznie zapisane tutaj i zostaną wysłane ponownie następnym razem. Sprawdź, która z dwóch dat jest błędna.
coord-sync-kept-outside-period = Na razie nie przyjęto odpowiedzi: { $count }. Ich data jest poza okresem ankiety. Data na tym urządzeniu: { $kiosk }. Data w serwisie zbierającym: { $collector }. Są bezpiecznie zapisane tutaj i zostaną wysłane ponownie następnym razem. Skontaktuj się z osobą, która prowadzi ankietę.
coord-sync-refused-other = Nie przyjęto odpowiedzi: { $count } ({ $reason }). Skontaktuj się z osobą, która prowadzi ankietę.
coord-sync-waiting = Odpowiedzi wciąż czekające na wysłanie: { $count }. Są bezpiecznie zapisane na tym urządzeniu i zostaną wysłane następnym razem.
coord-sync-new-content = Zainstalowano nową treść (wersja { $version }).
coord-exit = Zamknij kiosk
coord-close = Zamknij
coord-pin-rule = PIN ma od 4 do 12 cyfr.
coord-pin-again = Wpisz ten sam PIN jeszcze raz
coord-keypad-erase = Usuń
coord-auto-locked = Ekran został zablokowany, bo nikt go przez chwilę nie używał.
coord-exit-question = Czy zamknąć kiosk? Nikt nie będzie mógł odpowiadać, dopóki nie zostanie znowu uruchomiony.
coord-exit-yes = Tak, zamknij
coord-exit-no = Nie, wróć
coord-practice-ready = Następna osoba dostanie wersję ćwiczebną. Nic nie zostanie zapisane. Po jednej rundzie kiosk wraca do prawdziwych odpowiedzi.
coord-sound-test = Sprawdź dźwięk
coord-sound-test-playing = Teraz powinno być słychać „Witamy!”. Jeśli nic nie słychać, sprawdź głośność i słuchawki.
coord-sound-test-none = Nie znaleziono urządzenia dźwiękowego. Podłącz słuchawki lub głośnik i uruchom kiosk ponownie.
coord-voices = Języki czytane głosem innego języka
coord-voices-none = Brak
coord-recorded = Nagrane klipy (reszta to głos syntetyczny)
coord-recorded-none = Jeszcze brak: wszystkie klipy to głos syntetyczny
coord-update-offered = Dostępna jest wersja { $version } kiosku. Poproś dział IT o aktualizację tego komputera (apt upgrade). Odpowiedzi czekające tutaj zostaną zachowane.

## Errors shown to people

error-answer-required = Musisz odpowiedzieć na to pytanie.
error-invalid-answer = Ta odpowiedź nie pasuje do pytania.
error-pin-wrong = Błędny PIN.
error-pin-throttled = Za dużo prób. Poczekaj { $seconds } s.
error-pin-too-short = PIN musi mieć co najmniej cztery cyfry.
error-pin-mismatch = Dwa kody PIN nie są takie same. Wpisz je jeszcze raz.
error-no-network = Brak połączenia z usługą zbierania odpowiedzi. Sprawdź sieć i spróbuj ponownie.
error-wrong-code = Kod dostępu jest błędny.
error-locked-out = Za dużo błędnych prób. Spróbuj później.
error-kiosk-revoked = Ten kiosk został odłączony. Skontaktuj się z gminą.
error-not-enrolled = Kiosk nie jest jeszcze połączony z gminą.
error-collector-refused = Usługa zbierania odpowiedzi nie przyjęła odpowiedzi.
error-collector-full = Usłudze zbierania odpowiedzi zabrakło miejsca i nie zapisała odpowiedzi. Czekają bezpiecznie na tym urządzeniu; zsynchronizuj później.
error-collector-read-only = Usługa zbierania odpowiedzi nie może teraz niczego zapisać. Odpowiedzi czekają bezpiecznie na tym urządzeniu; zsynchronizuj później.
error-certificate-expired = Certyfikat usługi zbierania odpowiedzi wygasł (albo zegar tego urządzenia jest źle ustawiony). Odpowiedzi czekają bezpiecznie na tym urządzeniu.
error-certificate-wrong-name = Certyfikat usługi zbierania odpowiedzi wystawiono dla innej nazwy niż adres podany temu kioskowi. Odpowiedzi czekają bezpiecznie na tym urządzeniu.
error-certificate-untrusted = To urządzenie nie ufa certyfikatowi usługi zbierania odpowiedzi. Dodaj jego urząd certyfikacji w ustawieniach kiosku. Odpowiedzi czekają tu bezpiecznie.
error-pack-invalid = Pakiet treści jest nieprawidłowy i nie zostanie użyty.
error-survey-closed = Ankieta nie jest teraz otwarta.
error-storage = Nie udało się zapisać. Nic nie zostało utracone. Powiedz o tym nauczycielowi.
error-audio = Nie udało się odtworzyć dźwięku.
error-internal = Coś poszło nie tak. Powiedz o tym nauczycielowi.
error-unsent-other-municipality = Na tym urządzeniu są odpowiedzi, które nie zostały jeszcze wysłane. Wyślij je, zanim połączysz urządzenie z inną gminą.
error-insecure-collector = Adres usługi zbierania odpowiedzi musi zaczynać się od https://. Odpowiedzi są wysyłane tylko w formie zaszyfrowanej.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Wpisz kod
web-code-help = Kod jest w wiadomości z gminy, na przykład 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Kod
web-code-submit = Dalej
web-code-wrong = Kod się nie zgadza. Sprawdź, czy nie ma błędów, i spróbuj jeszcze raz.
web-code-throttled = Za dużo prób. Poczekaj { $seconds } s i spróbuj jeszcze raz.
web-code-throttled-spoken = Za dużo prób. Poczekaj chwilę i spróbuj jeszcze raz.
web-code-offline = Nie masz internetu. Połącz się z internetem, aby wpisać kod.
web-language-not-kept = Ten język nie jest zapisany na tym urządzeniu, a teraz jesteś offline. Wybierz jeden z języków poniżej albo spróbuj ponownie, gdy będziesz w sieci.
web-page-title = Anonimowa ankieta
web-more = Więcej opcji
web-insecure = Ta strona nie została otwarta przez bezpieczne połączenie (https). Twoja odpowiedź nie zostanie stąd wysłana. Otwórz jeszcze raz otrzymany link.
web-sent = Twoja odpowiedź została wysłana. Dziękujemy!
web-waiting = Twoja odpowiedź jest zapisana i zaszyfrowana na tym urządzeniu. Zostanie wysłana sama, gdy znowu będziesz mieć internet. Zostaw stronę otwartą albo otwórz ją ponownie później.
web-slowed = W tej chwili przychodzi wiele odpowiedzi naraz. Twoja odpowiedź jest zapisana i zaszyfrowana na tym urządzeniu i zostanie wysłana sama za kilka minut. Zostaw stronę otwartą albo otwórz ją ponownie później.
web-another = Niech odpowie inna osoba

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Polski
nav-done = Gotowe
nav-stop = Zakończ
stop-confirm = Chcesz zakończyć? Twoje odpowiedzi zostaną usunięte. Nic nie zostanie zapisane.
stop-yes = Tak, zakończ
stop-no = Nie, chcę kontynuować
screening-confirm = Twoja odpowiedź to „tak”. Wtedy ankieta kończy się dla ciebie tutaj. Czy to się zgadza?
screening-confirm-yes = Tak, zgadza się
error-nothing-chosen = Nic nie wybrano. Dotknij odpowiedzi.
error-wrong-step = Ekran się zmienił. Tu jesteś teraz.
listen-all = Posłuchaj wszystkiego
volume-up = Głośniej
volume-down = Ciszej
sound-playing = Dźwięk jest odtwarzany. Dotknij, aby zatrzymać.
idle-spoken = Czy nadal tu jesteś? Jeśli nie dotkniesz ekranu, ankieta zacznie się od nowa, a twoje odpowiedzi zostaną usunięte.
coord-auto-play-on = Włącz czytanie pytań na głos
coord-auto-play-off = Wyłącz czytanie pytań na głos

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = To jest wersja demo. Twoje odpowiedzi nie są zapisywane ani wysyłane.
invite-title = Co myślisz o nauce?
invite-what = Chcemy wiedzieć, co myślisz o nauce norweskiego i o programie wprowadzającym.
invite-anonymous = To jest dobrowolne i anonimowe. Nikt nie zobaczy, co odpowiadasz.
invite-time = To trwa około dziesięciu minut.
invite-ear = Możesz wszystkiego posłuchać. Dotknij głośnika, aby usłyszeć tekst. Dotknij swojej odpowiedzi, aby ją wybrać.
invite-help = Potrzebujesz pomocy? Zapytaj nauczyciela albo kogoś, komu ufasz.
invite-start = Zacznij ankietę
