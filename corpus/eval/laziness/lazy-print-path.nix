[ ./foo ]
