{ a } @ args : args.a
