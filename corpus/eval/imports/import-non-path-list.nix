import [ ]
