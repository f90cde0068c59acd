// After chapter 3 (the supply closet): Joon is back with the group. A lunch break before
// the outbreak, remembered (the flashback). Gu-ho is trapped below. Vote 'gu-ho'.
VAR vote_tae_min = ""
VAR with_da_som = false
VAR with_ji_an = false
VAR resentment = false

-> back

=== back ===
The phone dies in your hand on the last stair. The group pulls you through the roof-access door and jams a mop through the handles.
{ vote_tae_min == "keep":
    The music room is not the music room any more. Tae-min turned while you were in the closet, inside, with the door barricaded. They got out. He didn't.
    He told one more joke. Right before. It wasn't even bad. # who:seo-yeon # face:sad
}
{ vote_tae_min == "leave":
    Nobody mentions the east stairwell, where Tae-min went. Twice you hear something down there that could be laughing.
}
-> lunch

=== lunch ===
Someone has a crushed lunch ticket in a pocket, stamped for today. Lunch was three hours ago, and a whole life. # backdrop:flashbackLunch
Twelve forty, the cafeteria. Tae-min doing his impression of the vice-principal to the table by the window.
Seo-yeon eats with a pen in her hand, ticking off the class trip forms. Ji-an sits alone with a textbook she has already finished.
Gu-ho takes a first-year's milk on the way past, just because. Nobody says anything. Nobody ever says anything.
By the door, Mr. Baek eats standing up, watching a boy from the first year who eats alone, with his tray facing the wall.
The bell for fifth period rings, and it is an ordinary day for four more hours.
-> trapped

=== trapped ===
A voice in the stairwell below. Not a gurgle: words. Gu-ho, hoarse, through the gap under the fire door two floors down. # backdrop:room
I'm stuck on the landing. They're on both sides. I can hear you up there. Don't you dare leave me. # who:gu-ho # face:scared
Nobody else gets left. Not by us. Not again. # who:seo-yeon # face:worried # stance:back
{ with_da_som:
    He pushed the first-years around for three years. He pushed me. And I'd still go. I just wanted that said. # who:da-som # face:angry # stance:back
}
{ with_ji_an:
    They ignore me. I can walk down there through all of them. It won't matter what we vote. It will matter how fast. # who:ji-an # face:neutral # stance:back
}
{ resentment:
    Seo-yeon looks at you a long time before she says anything. You left Tae-min. Don't decide this one the same way. # who:seo-yeon # face:angry
}
Going back down means the roof waits with the door half open, and the climbers don't wait. # who:seo-yeon # face:scared
* [Go back for Gu-ho # vote:gu-ho=back] -> rescue
* [Leave him # vote:gu-ho=leave] -> leave

=== rescue ===
It costs the barricade and most of the noise you had been saving. Gu-ho comes up the last flight on his own feet, grey with dust, and doesn't say thank you.
I'd have left you. You know that, right? I'd have left every one of you. # who:gu-ho # face:angry
He takes the heaviest chair and holds the stair door shut with his back, and doesn't move from it.
-> END

=== leave ===
You shut the roof door and lean on it until the voice in the stairwell stops asking and starts swearing, and then stops.
For a long time nobody says anything. Up here the wind does it for them.
-> END
