abort [ ]
