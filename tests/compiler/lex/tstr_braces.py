t"{{" t"}}" t"a{{b}}c" t"}x" t"{x}}"
