"a doc string"
