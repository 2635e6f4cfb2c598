let a = undefinedThing; in 1
