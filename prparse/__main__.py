from prparse.cli import main

main()
