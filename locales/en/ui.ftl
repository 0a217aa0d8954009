# Screen texts of the kiosk (English).

## Welcome

welcome-greeting = Welcome!
welcome-choose-language = Choose your language
welcome-instructions = Tap your language to begin. Tap the speaker to hear the text.
welcome-start = Begin

## Privacy notice

privacy-title = About the survey
privacy-notice =
    This survey is anonymous. We do not ask for your name, and nobody can see what you answer.
    Answering is voluntary. You can stop whenever you want, and then nothing is saved.
    Your answers are encrypted and sent to the Directorate of Integration and Diversity.
    Your municipality only sees the answers of many participants combined, never one answer at a time.
    The survey follows section 25 of the Introduction Act and section 41 of the Integration Act.
privacy-accept = I understand, continue

## Moving through the survey

nav-next = Next
nav-back = Back
nav-play = Listen
nav-stop-sound = Stop the sound
progress = Question { $current } of { $total }
free-text-placeholder = Write here if you want
free-text-skip = Skip
choose-one = Choose one answer.
choose-many = Choose one or more answers.

## Endings

screening-ended = Thank you! You should not answer the survey now. Please tell your teacher.
finish-thanks = Thank you very much for your answers!
finish-next = Now the next person can answer.
survey-closed = The survey is closed now.
survey-closed-detail = It is open from { $opens } to { $closes }.

## Idle warning

idle-title = Are you still there?
idle-countdown = The survey starts again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }, and your answers will be deleted.
idle-continue = I want to continue

## Sound

sound-unavailable = Sound does not work on this machine.
display-text-size = Larger text
display-contrast = Stronger colours

## Practice mode

practice-banner = Practice version: nothing is saved.

## Coordinator mode

coord-title = Coordinator
coord-pin-set = Choose a PIN for the coordinator
coord-pin-enter = Enter the PIN
coord-pin-confirm = Save PIN
coord-unlock = Unlock
coord-pack = Content pack
coord-period = The survey is open
coord-pending = Answers waiting to be sent
coord-synced = Answers sent
coord-last-sync = Last sent
coord-never = Never
coord-audio = Sound
coord-audio-ok = Working
coord-audio-missing = No sound device
coord-practice-on = Start a practice round
coord-practice-off = Cancel the practice round
coord-enrol = Connect to the municipality
coord-collector-url = Address of the collection service
coord-access-code = Access code from the municipality
coord-kiosk-name = Name of this kiosk (optional, for example Room 204)
coord-enrolled = Connected to { $municipality }
coord-sync = Send answers now
coord-sync-progress = Sent { $done } of { $total }
coord-sync-done = All answers have been sent.
coord-sync-stop = Stop sending
coord-sync-retrying = No reply from the collection service. Trying again (attempt { $retries }).
coord-sync-stopped = Sending was stopped.
coord-sync-sent = Answers sent now: { $count }.
coord-sync-kept-future-date = Answers not accepted for now: { $count }. The collection service says their date is in the future. Date on this machine: { $kiosk }. Date at the collection service: { $collector }. They are stored safely here and will be sent again next time. Find out which of the two dates is wrong.
coord-sync-kept-outside-period = Answers not accepted for now: { $count }. Their date is outside the survey period. Date on this machine: { $kiosk }. Date at the collection service: { $collector }. They are stored safely here and will be sent again next time. Contact the people who run the survey.
coord-sync-refused-other = Answers not accepted: { $count } ({ $reason }). Contact the people who run the survey.
coord-sync-waiting = Answers still waiting: { $count }. They are stored safely on this machine and will be sent next time.
coord-sync-new-content = New content has been installed (version { $version }).
coord-exit = Close the kiosk
coord-close = Close
coord-pin-rule = The PIN has 4 to 12 digits.
coord-pin-again = Type the same PIN once more
coord-keypad-erase = Delete
coord-auto-locked = The screen was locked because nobody used it for a while.
coord-exit-question = Do you want to close the kiosk? Nobody can answer until it is started again.
coord-exit-yes = Yes, close
coord-exit-no = No, go back
coord-practice-ready = The next person gets the practice version. Nothing is saved. After one round the kiosk goes back to real answers.
coord-sound-test = Test the sound
coord-sound-test-playing = You should now hear “Welcome!”. If you hear nothing, check the volume and the headphones.
coord-sound-test-none = No sound device found. Connect headphones or a speaker, and start the kiosk again.
coord-voices = Languages read with the voice of another language
coord-voices-none = None
coord-recorded = Recorded clips (the rest is a synthetic voice)
coord-recorded-none = None yet: every clip is a synthetic voice
coord-update-offered = Version { $version } of the kiosk is available. Ask your IT staff to update this machine (apt upgrade). Responses waiting here are kept.

## Errors shown to people

error-answer-required = You must answer this question.
error-invalid-answer = This answer does not fit the question.
error-pin-wrong = Wrong PIN.
error-pin-throttled = Too many attempts. Wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
error-pin-too-short = The PIN must have at least four digits.
error-pin-mismatch = The two PINs are not the same. Type them again.
error-no-network = Cannot reach the collection service. Check the network and try again.
error-wrong-code = The access code is wrong.
error-locked-out = Too many wrong attempts. Try again later.
error-kiosk-revoked = This kiosk has been disconnected. Contact the municipality.
error-not-enrolled = The kiosk is not connected to a municipality yet.
error-collector-refused = The collection service did not accept the answers.
error-collector-full = The collection service is out of space and could not store the answers. They wait safely on this machine; sync again later.
error-collector-read-only = The collection service cannot store anything right now. The answers wait safely on this machine; sync again later.
error-certificate-expired = The collection service's certificate has expired (or this machine's clock is wrong). The answers wait safely on this machine.
error-certificate-wrong-name = The collection service's certificate was made for another name than the address this kiosk was given. The answers wait safely on this machine.
error-certificate-untrusted = The collection service's certificate is not trusted on this machine. Add its certificate authority to the kiosk's settings. The answers wait safely here.
error-pack-invalid = The content pack is invalid and will not be used.
error-survey-closed = The survey is not open now.
error-storage = Could not save. Nothing is lost. Please tell your teacher.
error-audio = Could not play the sound.
error-internal = Something went wrong. Please tell your teacher.
error-unsent-other-municipality = This machine has answers that have not been sent yet. Send them before you connect the machine to another municipality.
error-insecure-collector = The address of the collection service must begin with https://. The answers are only sent encrypted.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Enter the code
web-code-help = The code is in the message you got from the municipality, for example 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Code
web-code-submit = Continue
web-code-wrong = The code is not right. Check for typing mistakes and try again.
web-code-throttled = Too many attempts. Wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } and try again.
web-code-throttled-spoken = Too many attempts. Wait a little and try again.
web-code-offline = You are not online. Connect to the internet to enter the code.
web-language-not-kept = This language is not saved on this device, and you are offline now. Choose one of the languages below, or try again when you are online.
web-page-title = Anonymous survey
web-more = More options
web-insecure = This page was not opened with a secure connection (https). Your answer will not be sent from here. Open the link you got again.
web-sent = Your answer has been sent. Thank you!
web-waiting = Your answer is saved, encrypted, on this device. It will be sent by itself when you are online again. Leave the page open, or open it again later.
web-slowed = Many answers are arriving right now. Your answer is saved, encrypted, on this device and will be sent by itself in a few minutes. Leave the page open, or open it again later.
web-another = Let another person answer

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = English
nav-done = Done
nav-stop = Stop
stop-confirm = Do you want to stop? Your answers will be deleted. Nothing is saved.
stop-yes = Yes, stop
stop-no = No, I want to go on
screening-confirm = You answered yes. Then the survey ends here for you. Is that right?
screening-confirm-yes = Yes, that is right
error-nothing-chosen = You have not chosen anything. Tap an answer.
error-wrong-step = The screen has changed. This is where you are now.
listen-all = Listen to everything
volume-up = Louder
volume-down = Quieter
sound-playing = Sound is playing. Tap to stop.
idle-spoken = Are you still there? If you do not touch the screen, the survey starts again, and your answers will be deleted.
coord-auto-play-on = Turn on reading the questions aloud
coord-auto-play-off = Turn off reading the questions aloud

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = This is a demo. Nothing you answer is saved or sent.
invite-title = What do you think of your training?
invite-what = We want to know what you think of the Norwegian training and the introduction programme.
invite-anonymous = It is voluntary and anonymous. Nobody can see what you answer.
invite-time = It takes about ten minutes.
invite-ear = You can listen to everything. Tap the speaker to hear the text. Tap your answer to choose it.
invite-help = Do you need help? Ask your teacher or someone you trust.
invite-start = Start the survey
