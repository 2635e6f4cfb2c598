toString [ ]
