// After chapter 2 (the cafeteria): the food is in, the group dances once to stay human,
// then Tae-min shows the bite he got mid-joke. Vote 'tae-min'.
VAR with_da_som = false
VAR with_ji_an = false

-> feast

=== feast ===
Juice boxes, shrimp crackers, a whole tray of the egg rolls nobody ever takes. The music room smells like a school trip.
To the kitchen ladies, who will never know what they did for us. # who:tae-min # face:smile
The strawberry syrup from the dessert counter is still on your sleeves. From a distance it looks worse than it is.
{ with_ji_an:
    Ji-an doesn't eat. She holds a juice box in both hands and watches the door.
}
Tae-min's phone has four percent left. He spends it on one song.
-> dance

=== dance ===
Come on. Everybody up. If we're going to die in a music room, we're going to do it properly. # who:tae-min # face:smile # dance
Seo-yeon laughs for the first time today. Even Gu-ho nods along, not quite dancing, not quite not.
For three minutes it is just a Thursday.
-> bite

=== bite ===
The song ends. Tae-min is still smiling when he pulls his sleeve back.
So. Funny story. In the kitchen, the one behind the freezer. I said "what's the worst that could happen", and it did. # who:tae-min # face:sad
The bite is on his forearm, above the wrist, ringed with dark veins that were not there an hour ago.
We said. We agreed this morning, when the first ones changed. Anyone bitten goes. # who:seo-yeon # face:sad # stance:leave
He turns in here, with the door barricaded, and we're the food. Out. # who:gu-ho # face:angry # stance:leave
{ with_da_som:
    He carried half the food up the stairs with that arm. He stays. # who:da-som # face:angry # stance:keep
}
{ with_ji_an:
    I was bitten too. I'm still here. If he goes, tell me now, so I can go first. # who:ji-an # face:angry # stance:keep
}
It's fine. Really. Vote. I'd vote me out. I'd vote me out of most things. # who:tae-min # face:worried
* [Keep him with the group # vote:tae-min=keep] -> kept
* [Leave him # vote:tae-min=leave] -> left

=== kept ===
Nobody opens the door. Tae-min sits under the window with his arm in a cafeteria apron, telling bad jokes slower and slower.
Seo-yeon moves the fire axe from the wall to the piano, where everyone can see it, and nobody says why.
-> END

=== left ===
Tae-min takes a pack of crackers for the road and leaves through the store room, into the east stairwell. He salutes from the door.
He didn't look back. I watched. He didn't look back once. # who:seo-yeon # face:sad
{ with_da_som:
    Da-som won't sit anywhere near you. When you try to talk to her she puts her earphones in with nothing playing.
- else:
    Seo-yeon won't look at you. When the group talks about what comes next, she talks to everyone but you.
}
-> END
