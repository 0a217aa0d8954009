# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = What do you think of your training?
invitation-page-intro = { $municipality } wants to know what you think of the Norwegian training and the introduction programme. Answer on a mobile phone, tablet or PC.
invitation-page-anonymous = It is voluntary and anonymous. Nobody can see what you answer.
invitation-page-steps = Scan the QR code with your camera, or type the link in your browser. Choose your language. You can listen to all the questions.
invitation-page-code = If you are asked for a code, write: { $code }
invitation-page-deadline = Answer by { $close } at the latest.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Tell us what you think of your training: { $link }

## The e-mail

invitation-email-subject = What do you think of your training? Answer the survey
invitation-email-body =
    Hello!
    
    { $municipality } wants to know what you think of the Norwegian training and the introduction programme.
    It is voluntary and anonymous. Nobody can see what you answer.
    
    Open the link on a mobile phone, tablet or PC, choose your language and answer the questions.
    You can listen to all the questions.
    
    { $link }
    
    If you are asked for a code, write: { $code }
    Answer by { $close } at the latest.
    
    Thank you for your help!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = The survey in an online lesson (Teams or Zoom)
invitation-lesson-steps =
    1. Paste the link in the chat: { $link }
    2. Ask the participants to open the link on their own phone, tablet or PC, not on the screen you are sharing.
    3. If anyone is asked for a code, write the code in the chat: { $code }
    4. Tell them that the survey is anonymous, and that nobody, not even the teacher, can see the answers.
    5. Stop sharing your own screen while the participants answer, and let them take the time they need.
    6. Anyone who loses the connection can still finish: the answer is sent when the connection is back.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Want to try first? Nothing is saved in the demo: { $demo }
invitation-lesson-demo = Before you answer: show the demo on the screen you share and go through it together. Nothing is saved: { $demo }
