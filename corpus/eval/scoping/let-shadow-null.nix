let null = 5; in null + 1
