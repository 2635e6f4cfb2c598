{ a }
 a
