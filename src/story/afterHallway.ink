// After chapter 1 (the hallway): Joon reaches the music room, where Seo-yeon, Tae-min
// and Gu-ho have barricaded themselves. Someone pounds on the door: Ji-an. Vote 'door'.
// Tags: see src/story/runner.ts. Variables: src/story/bindings.ts.
VAR with_da_som = false
VAR notes_found = 0

-> arrival

=== arrival ===
The music room door opens a hand's width, then all the way. Someone pulls you in by the sleeve, and the piano rolls back against the door behind you.
Joon. Did anything follow you? Look at me. Did anything follow you? # who:seo-yeon # face:scared
{ with_da_som:
    Da-som squeezes in after you, still gripping the coat hook she took from the locker.
    Nothing followed. I checked twice. # who:da-som # face:worried
}
You ran past this window twice, you know. I was timing you. Personal best, honestly. # who:tae-min # face:smile
Shut up, Tae-min. # who:gu-ho # face:angry
Gu-ho sits on the teacher's desk with his shoes on a chair, as if the room had always been his.
-> knock

=== knock ===
Three knocks. Then the flat of a hand on the door, again and again.
Is anyone in there? It's Ji-an. Please. I'm not... I'm fine. Open the door. # who:ji-an # face:scared
Nobody breathes. Seo-yeon has her hand on the piano lid, as if that could hold the door.
She said "I'm not". Not what? Not bitten? We can't see her. We keep it shut. # who:seo-yeon # face:worried # stance:shut
It's Ji-an. She lent me her notes for a whole term and never once called me stupid. Out loud. Open it. # who:tae-min # face:worried # stance:open
She never did anything for me. Shut is shut. # who:gu-ho # face:angry # stance:shut
{ with_da_som:
    If that were me out there, I'd want somebody to open it. # who:da-som # face:sad # stance:open
}
You came up that corridor, Joon. You know what's out there better than we do. It's your call. # who:seo-yeon # face:neutral
* [Open the door # vote:door=open] -> opened
* [Keep it shut # vote:door=shut] -> shut

=== opened ===
You pull the chair from the handle. Ji-an falls in with the corridor's noise behind her, and Gu-ho and Tae-min throw their weight on the door together.
There is a bite on her wrist: a neat half-moon, already dark at the edges.
It's been an hour and I'm still me. Stop staring. # who:ji-an # face:angry
Her pupils are too wide. She sits as far from everyone as the room allows, and she doesn't sweat.
Nobody sits next to her. Tae-min does, after a while.
-> rest

=== shut ===
Nobody moves. The knocking slows, and slows, and stops.
Something else starts scratching at the door instead, low down, where a hand would be if someone were sitting against it.
Nobody says her name again.
-> rest

=== rest ===
We haven't eaten since lunch. The cafeteria is two floors down, and the kitchen has a back door. # who:seo-yeon # face:neutral
I know that kitchen like my own fridge. Better. My fridge is mostly sauce. # who:tae-min # face:smile
Then you and Joon go. Quiet. Back before the bell. # who:seo-yeon # face:worried
Whose bell? # who:gu-ho # face:angry
{ notes_found > 0:
    You show Seo-yeon the page from Mr. Baek's lab. She reads it twice and gives it back without a word.
}
-> END
