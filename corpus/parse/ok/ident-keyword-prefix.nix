let iff = 1; letx = 2; inn = 3; within = 4; rec' = 5; orx = 6; assertion = 7; then' = 8; in [ iff letx inn within rec' orx assertion then' ]
