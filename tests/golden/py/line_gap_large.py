def before():
    return "before the gap"


# ---- reserved section ----
# reserved line 0
# reserved line 1
# reserved line 2
# reserved line 3
# reserved line 4
# reserved line 5
# reserved line 6
# reserved line 7
# reserved line 8
# reserved line 9
# reserved line 10
# reserved line 11
# reserved line 12
# reserved line 13
# reserved line 14
# reserved line 15
# reserved line 16
# reserved line 17
# reserved line 18
# reserved line 19
# reserved line 20
# reserved line 21
# reserved line 22
# reserved line 23
# reserved line 24
# reserved line 25
# reserved line 26
# reserved line 27
# reserved line 28
# reserved line 29
# reserved line 30
# reserved line 31
# reserved line 32
# reserved line 33
# reserved line 34
# reserved line 35
# reserved line 36
# reserved line 37
# reserved line 38
# reserved line 39
# reserved line 40
# reserved line 41
# reserved line 42
# reserved line 43
# reserved line 44
# reserved line 45
# reserved line 46
# reserved line 47
# reserved line 48
# reserved line 49
# reserved line 50
# reserved line 51
# reserved line 52
# reserved line 53
# reserved line 54
# reserved line 55
# reserved line 56
# reserved line 57
# reserved line 58
# reserved line 59
# reserved line 60
# reserved line 61
# reserved line 62
# reserved line 63
# reserved line 64
# reserved line 65
# reserved line 66
# reserved line 67
# reserved line 68
# reserved line 69
# reserved line 70
# reserved line 71
# reserved line 72
# reserved line 73
# reserved line 74
# reserved line 75
# reserved line 76
# reserved line 77
# reserved line 78
# reserved line 79
# reserved line 80
# reserved line 81
# reserved line 82
# reserved line 83
# reserved line 84
# reserved line 85
# reserved line 86
# reserved line 87
# reserved line 88
# reserved line 89
# reserved line 90
# reserved line 91
# reserved line 92
# reserved line 93
# reserved line 94
# reserved line 95
# reserved line 96
# reserved line 97
# reserved line 98
# reserved line 99
# reserved line 100
# reserved line 101
# reserved line 102
# reserved line 103
# reserved line 104
# reserved line 105
# reserved line 106
# reserved line 107
# reserved line 108
# reserved line 109
# reserved line 110
# reserved line 111
# reserved line 112
# reserved line 113
# reserved line 114
# reserved line 115
# reserved line 116
# reserved line 117
# reserved line 118
# reserved line 119
# reserved line 120
# reserved line 121
# reserved line 122
# reserved line 123
# reserved line 124
# reserved line 125
# reserved line 126
# reserved line 127
# reserved line 128
# reserved line 129
# reserved line 130
# reserved line 131
# reserved line 132
# reserved line 133
# reserved line 134
# reserved line 135
# reserved line 136
# reserved line 137
# reserved line 138
# reserved line 139
# reserved line 140
# reserved line 141
# reserved line 142
# reserved line 143
# reserved line 144
# reserved line 145
# reserved line 146
# reserved line 147
# reserved line 148
# reserved line 149
# reserved line 150
# reserved line 151
# reserved line 152
# reserved line 153
# reserved line 154
# reserved line 155
# reserved line 156
# reserved line 157
# reserved line 158
# reserved line 159
# reserved line 160
# reserved line 161
# reserved line 162
# reserved line 163
# reserved line 164
# reserved line 165
# reserved line 166
# reserved line 167
# reserved line 168
# reserved line 169
# reserved line 170
# reserved line 171
# reserved line 172
# reserved line 173
# reserved line 174
# reserved line 175
# reserved line 176
# reserved line 177
# reserved line 178
# reserved line 179
# reserved line 180
# reserved line 181
# reserved line 182
# reserved line 183
# reserved line 184
# reserved line 185
# reserved line 186
# reserved line 187
# reserved line 188
# reserved line 189
# reserved line 190
# reserved line 191
# reserved line 192
# reserved line 193
# reserved line 194
# reserved line 195
# reserved line 196
# reserved line 197
# reserved line 198
# reserved line 199
# reserved line 200
# reserved line 201
# reserved line 202
# reserved line 203
# reserved line 204
# reserved line 205
# reserved line 206
# reserved line 207
# reserved line 208
# reserved line 209
# reserved line 210
# reserved line 211
# reserved line 212
# reserved line 213
# reserved line 214
# reserved line 215
# reserved line 216
# reserved line 217
# reserved line 218
# reserved line 219
# reserved line 220
# reserved line 221
# reserved line 222
# reserved line 223
# reserved line 224
# reserved line 225
# reserved line 226
# reserved line 227
# reserved line 228
# reserved line 229
# reserved line 230
# reserved line 231
# reserved line 232
# reserved line 233
# reserved line 234
# reserved line 235
# reserved line 236
# reserved line 237
# reserved line 238
# reserved line 239
# reserved line 240
# reserved line 241
# reserved line 242
# reserved line 243
# reserved line 244
# reserved line 245
# reserved line 246
# reserved line 247
# reserved line 248
# reserved line 249
# reserved line 250
# reserved line 251
# reserved line 252
# reserved line 253
# reserved line 254
# reserved line 255
# reserved line 256
# reserved line 257
# reserved line 258
# reserved line 259
# reserved line 260
# reserved line 261
# reserved line 262
# reserved line 263
# reserved line 264
# reserved line 265
# reserved line 266
# reserved line 267
# reserved line 268
# reserved line 269
# reserved line 270
# reserved line 271
# reserved line 272
# reserved line 273
# reserved line 274
# reserved line 275
# reserved line 276
# reserved line 277
# reserved line 278
# reserved line 279
# reserved line 280
# reserved line 281
# reserved line 282
# reserved line 283
# reserved line 284
# reserved line 285
# reserved line 286
# reserved line 287
# reserved line 288
# reserved line 289
# reserved line 290
# reserved line 291
# reserved line 292
# reserved line 293
# reserved line 294
# reserved line 295
# reserved line 296
# reserved line 297
# reserved line 298
# reserved line 299
# reserved line 300
# reserved line 301
# reserved line 302
# reserved line 303
# reserved line 304
# reserved line 305
# reserved line 306
# reserved line 307
# reserved line 308
# reserved line 309
# reserved line 310
# reserved line 311
# reserved line 312
# reserved line 313
# reserved line 314
# reserved line 315
# reserved line 316
# reserved line 317
# reserved line 318
# reserved line 319
# reserved line 320
# reserved line 321
# reserved line 322
# reserved line 323
# reserved line 324
# reserved line 325
# reserved line 326
# reserved line 327
# reserved line 328
# reserved line 329
# reserved line 330
# reserved line 331
# reserved line 332
# reserved line 333
# reserved line 334
# reserved line 335
# reserved line 336
# reserved line 337
# reserved line 338
# reserved line 339
# reserved line 340
# reserved line 341
# reserved line 342
# reserved line 343
# reserved line 344
# reserved line 345
# reserved line 346
# reserved line 347
# reserved line 348
# reserved line 349
# reserved line 350
# reserved line 351
# reserved line 352
# reserved line 353
# reserved line 354
# reserved line 355
# reserved line 356
# reserved line 357
# reserved line 358
# reserved line 359
# reserved line 360
# reserved line 361
# reserved line 362
# reserved line 363
# reserved line 364
# reserved line 365
# reserved line 366
# reserved line 367
# reserved line 368
# reserved line 369
# reserved line 370
# reserved line 371
# reserved line 372
# reserved line 373
# reserved line 374
# reserved line 375
# reserved line 376
# reserved line 377
# reserved line 378
# reserved line 379
# reserved line 380
# reserved line 381
# reserved line 382
# reserved line 383
# reserved line 384
# reserved line 385
# reserved line 386
# reserved line 387
# reserved line 388
# reserved line 389
# reserved line 390
# reserved line 391
# reserved line 392
# reserved line 393
# reserved line 394
# reserved line 395
# reserved line 396
# reserved line 397
# reserved line 398
# reserved line 399
# reserved line 400
# reserved line 401
# reserved line 402
# reserved line 403
# reserved line 404
# reserved line 405
# reserved line 406
# reserved line 407
# reserved line 408
# reserved line 409
# reserved line 410
# reserved line 411
# reserved line 412
# reserved line 413
# reserved line 414
# reserved line 415
# reserved line 416
# reserved line 417
# reserved line 418
# reserved line 419
# reserved line 420
# reserved line 421
# reserved line 422
# reserved line 423
# reserved line 424
# reserved line 425
# reserved line 426
# reserved line 427
# reserved line 428
# reserved line 429
# reserved line 430
# reserved line 431
# reserved line 432
# reserved line 433
# reserved line 434
# reserved line 435
# reserved line 436
# reserved line 437
# reserved line 438
# reserved line 439
# reserved line 440
# reserved line 441
# reserved line 442
# reserved line 443
# reserved line 444
# reserved line 445
# reserved line 446
# reserved line 447
# reserved line 448
# reserved line 449
# reserved line 450
# reserved line 451
# reserved line 452
# reserved line 453
# reserved line 454
# reserved line 455
# reserved line 456
# reserved line 457
# reserved line 458
# reserved line 459
# reserved line 460
# reserved line 461
# reserved line 462
# reserved line 463
# reserved line 464
# reserved line 465
# reserved line 466
# reserved line 467
# reserved line 468
# reserved line 469
# reserved line 470
# reserved line 471
# reserved line 472
# reserved line 473
# reserved line 474
# reserved line 475
# reserved line 476
# reserved line 477
# reserved line 478
# reserved line 479
# reserved line 480
# reserved line 481
# reserved line 482
# reserved line 483
# reserved line 484
# reserved line 485
# reserved line 486
# reserved line 487
# reserved line 488
# reserved line 489
# reserved line 490
# reserved line 491
# reserved line 492
# reserved line 493
# reserved line 494
# reserved line 495
# reserved line 496
# reserved line 497
# reserved line 498
# reserved line 499
# reserved line 500
# reserved line 501
# reserved line 502
# reserved line 503
# reserved line 504
# reserved line 505
# reserved line 506
# reserved line 507
# reserved line 508
# reserved line 509
# reserved line 510
# reserved line 511
# reserved line 512
# reserved line 513
# reserved line 514
# reserved line 515
# reserved line 516
# reserved line 517
# reserved line 518
# reserved line 519
# reserved line 520
# reserved line 521
# reserved line 522
# reserved line 523
# reserved line 524
# reserved line 525
# reserved line 526
# reserved line 527
# reserved line 528
# reserved line 529
# reserved line 530
# reserved line 531
# reserved line 532
# reserved line 533
# reserved line 534
# reserved line 535
# reserved line 536
# reserved line 537
# reserved line 538
# reserved line 539
# reserved line 540
# reserved line 541
# reserved line 542
# reserved line 543
# reserved line 544
# reserved line 545
# reserved line 546
# reserved line 547
# reserved line 548
# reserved line 549
# reserved line 550
# reserved line 551
# reserved line 552
# reserved line 553
# reserved line 554
# reserved line 555
# reserved line 556
# reserved line 557
# reserved line 558
# reserved line 559
# reserved line 560
# reserved line 561
# reserved line 562
# reserved line 563
# reserved line 564
# reserved line 565
# reserved line 566
# reserved line 567
# reserved line 568
# reserved line 569
# reserved line 570
# reserved line 571
# reserved line 572
# reserved line 573
# reserved line 574
# reserved line 575
# reserved line 576
# reserved line 577
# reserved line 578
# reserved line 579
# reserved line 580
# reserved line 581
# reserved line 582
# reserved line 583
# reserved line 584
# reserved line 585
# reserved line 586
# reserved line 587
# reserved line 588
# reserved line 589
# reserved line 590
# reserved line 591
# reserved line 592
# reserved line 593
# reserved line 594
# reserved line 595
# reserved line 596
# reserved line 597
# reserved line 598
# reserved line 599
# reserved line 600
# reserved line 601
# reserved line 602
# reserved line 603
# reserved line 604
# reserved line 605
# reserved line 606
# reserved line 607
# reserved line 608
# reserved line 609
# reserved line 610
# reserved line 611
# reserved line 612
# reserved line 613
# reserved line 614
# reserved line 615
# reserved line 616
# reserved line 617
# reserved line 618
# reserved line 619
# reserved line 620
# reserved line 621
# reserved line 622
# reserved line 623
# reserved line 624
# reserved line 625
# reserved line 626
# reserved line 627
# reserved line 628
# reserved line 629
# reserved line 630
# reserved line 631
# reserved line 632
# reserved line 633
# reserved line 634
# reserved line 635
# reserved line 636
# reserved line 637
# reserved line 638
# reserved line 639
# reserved line 640
# reserved line 641
# reserved line 642
# reserved line 643
# reserved line 644
# reserved line 645
# reserved line 646
# reserved line 647
# reserved line 648
# reserved line 649
# reserved line 650
# reserved line 651
# reserved line 652
# reserved line 653
# reserved line 654
# reserved line 655
# reserved line 656
# reserved line 657
# reserved line 658
# reserved line 659
# reserved line 660
# reserved line 661
# reserved line 662
# reserved line 663
# reserved line 664
# reserved line 665
# reserved line 666
# reserved line 667
# reserved line 668
# reserved line 669
# reserved line 670
# reserved line 671
# reserved line 672
# reserved line 673
# reserved line 674
# reserved line 675
# reserved line 676
# reserved line 677
# reserved line 678
# reserved line 679
# reserved line 680
# reserved line 681
# reserved line 682
# reserved line 683
# reserved line 684
# reserved line 685
# reserved line 686
# reserved line 687
# reserved line 688
# reserved line 689
# reserved line 690
# reserved line 691
# reserved line 692
# reserved line 693
# reserved line 694
# reserved line 695
# reserved line 696
# reserved line 697
# reserved line 698
# reserved line 699
# reserved line 700
# reserved line 701
# reserved line 702
# reserved line 703
# reserved line 704
# reserved line 705
# reserved line 706
# reserved line 707
# reserved line 708
# reserved line 709
# reserved line 710
# reserved line 711
# reserved line 712
# reserved line 713
# reserved line 714
# reserved line 715
# reserved line 716
# reserved line 717
# reserved line 718
# reserved line 719
# reserved line 720
# reserved line 721
# reserved line 722
# reserved line 723
# reserved line 724
# reserved line 725
# reserved line 726
# reserved line 727
# reserved line 728
# reserved line 729
# reserved line 730
# reserved line 731
# reserved line 732
# reserved line 733
# reserved line 734
# reserved line 735
# reserved line 736
# reserved line 737
# reserved line 738
# reserved line 739
# reserved line 740
# reserved line 741
# reserved line 742
# reserved line 743
# reserved line 744
# reserved line 745
# reserved line 746
# reserved line 747
# reserved line 748
# reserved line 749
# reserved line 750
# reserved line 751
# reserved line 752
# reserved line 753
# reserved line 754
# reserved line 755
# reserved line 756
# reserved line 757
# reserved line 758
# reserved line 759
# reserved line 760
# reserved line 761
# reserved line 762
# reserved line 763
# reserved line 764
# reserved line 765
# reserved line 766
# reserved line 767
# reserved line 768
# reserved line 769
# reserved line 770
# reserved line 771
# reserved line 772
# reserved line 773
# reserved line 774
# reserved line 775
# reserved line 776
# reserved line 777
# reserved line 778
# reserved line 779
# reserved line 780
# reserved line 781
# reserved line 782
# reserved line 783
# reserved line 784
# reserved line 785
# reserved line 786
# reserved line 787
# reserved line 788
# reserved line 789
# reserved line 790
# reserved line 791
# reserved line 792
# reserved line 793
# reserved line 794
# reserved line 795
# reserved line 796
# reserved line 797
# reserved line 798
# reserved line 799
# reserved line 800
# reserved line 801
# reserved line 802
# reserved line 803
# reserved line 804
# reserved line 805
# reserved line 806
# reserved line 807
# reserved line 808
# reserved line 809
# reserved line 810
# reserved line 811
# reserved line 812
# reserved line 813
# reserved line 814
# reserved line 815
# reserved line 816
# reserved line 817
# reserved line 818
# reserved line 819
# reserved line 820
# reserved line 821
# reserved line 822
# reserved line 823
# reserved line 824
# reserved line 825
# reserved line 826
# reserved line 827
# reserved line 828
# reserved line 829
# reserved line 830
# reserved line 831
# reserved line 832
# reserved line 833
# reserved line 834
# reserved line 835
# reserved line 836
# reserved line 837
# reserved line 838
# reserved line 839
# reserved line 840
# reserved line 841
# reserved line 842
# reserved line 843
# reserved line 844
# reserved line 845
# reserved line 846
# reserved line 847
# reserved line 848
# reserved line 849
# reserved line 850
# reserved line 851
# reserved line 852
# reserved line 853
# reserved line 854
# reserved line 855
# reserved line 856
# reserved line 857
# reserved line 858
# reserved line 859
# reserved line 860
# reserved line 861
# reserved line 862
# reserved line 863
# reserved line 864
# reserved line 865
# reserved line 866
# reserved line 867
# reserved line 868
# reserved line 869
# reserved line 870
# reserved line 871
# reserved line 872
# reserved line 873
# reserved line 874
# reserved line 875
# reserved line 876
# reserved line 877
# reserved line 878
# reserved line 879
# reserved line 880
# reserved line 881
# reserved line 882
# reserved line 883
# reserved line 884
# reserved line 885
# reserved line 886
# reserved line 887
# reserved line 888
# reserved line 889
# reserved line 890
# reserved line 891
# reserved line 892
# reserved line 893
# reserved line 894
# reserved line 895
# reserved line 896
# reserved line 897
# reserved line 898
# reserved line 899
# reserved line 900
# reserved line 901
# reserved line 902
# reserved line 903
# reserved line 904
# reserved line 905
# reserved line 906
# reserved line 907
# reserved line 908
# reserved line 909
# reserved line 910
# reserved line 911
# reserved line 912
# reserved line 913
# reserved line 914
# reserved line 915
# reserved line 916
# reserved line 917
# reserved line 918
# reserved line 919
# reserved line 920
# reserved line 921
# reserved line 922
# reserved line 923
# reserved line 924
# reserved line 925
# reserved line 926
# reserved line 927
# reserved line 928
# reserved line 929
# reserved line 930
# reserved line 931
# reserved line 932
# reserved line 933
# reserved line 934
# reserved line 935
# reserved line 936
# reserved line 937
# reserved line 938
# reserved line 939
# reserved line 940
# reserved line 941
# reserved line 942
# reserved line 943
# reserved line 944
# reserved line 945
# reserved line 946
# reserved line 947
# reserved line 948
# reserved line 949
# reserved line 950
# reserved line 951
# reserved line 952
# reserved line 953
# reserved line 954
# reserved line 955
# reserved line 956
# reserved line 957
# reserved line 958
# reserved line 959
# reserved line 960
# reserved line 961
# reserved line 962
# reserved line 963
# reserved line 964
# reserved line 965
# reserved line 966
# reserved line 967
# reserved line 968
# reserved line 969
# reserved line 970
# reserved line 971
# reserved line 972
# reserved line 973
# reserved line 974
# reserved line 975
# reserved line 976
# reserved line 977
# reserved line 978
# reserved line 979
# reserved line 980
# reserved line 981
# reserved line 982
# reserved line 983
# reserved line 984
# reserved line 985
# reserved line 986
# reserved line 987
# reserved line 988
# reserved line 989
# reserved line 990
# reserved line 991
# reserved line 992
# reserved line 993
# reserved line 994
# reserved line 995
# reserved line 996
# reserved line 997
# reserved line 998
# reserved line 999
# reserved line 1000
# reserved line 1001
# reserved line 1002
# reserved line 1003
# reserved line 1004
# reserved line 1005
# reserved line 1006
# reserved line 1007
# reserved line 1008
# reserved line 1009
# reserved line 1010
# reserved line 1011
# reserved line 1012
# reserved line 1013
# reserved line 1014
# reserved line 1015
# reserved line 1016
# reserved line 1017
# reserved line 1018
# reserved line 1019
# reserved line 1020
# reserved line 1021
# reserved line 1022
# reserved line 1023
# reserved line 1024
# reserved line 1025
# reserved line 1026
# reserved line 1027
# reserved line 1028
# reserved line 1029
# reserved line 1030
# reserved line 1031
# reserved line 1032
# reserved line 1033
# reserved line 1034
# reserved line 1035
# reserved line 1036
# reserved line 1037
# reserved line 1038
# reserved line 1039
# reserved line 1040
# reserved line 1041
# reserved line 1042
# reserved line 1043
# reserved line 1044
# reserved line 1045
# reserved line 1046
# reserved line 1047
# reserved line 1048
# reserved line 1049
# reserved line 1050
# reserved line 1051
# reserved line 1052
# reserved line 1053
# reserved line 1054
# reserved line 1055
# reserved line 1056
# reserved line 1057
# reserved line 1058
# reserved line 1059
# reserved line 1060
# reserved line 1061
# reserved line 1062
# reserved line 1063
# reserved line 1064
# reserved line 1065
# reserved line 1066
# reserved line 1067
# reserved line 1068
# reserved line 1069
# reserved line 1070
# reserved line 1071
# reserved line 1072
# reserved line 1073
# reserved line 1074
# reserved line 1075
# reserved line 1076
# reserved line 1077
# reserved line 1078
# reserved line 1079
# reserved line 1080
# reserved line 1081
# reserved line 1082
# reserved line 1083
# reserved line 1084
# reserved line 1085
# reserved line 1086
# reserved line 1087
# reserved line 1088
# reserved line 1089
# reserved line 1090
# reserved line 1091
# reserved line 1092
# reserved line 1093
# reserved line 1094
# reserved line 1095
# reserved line 1096
# reserved line 1097
# reserved line 1098
# reserved line 1099
# reserved line 1100
# reserved line 1101
# reserved line 1102
# reserved line 1103
# reserved line 1104
# reserved line 1105
# reserved line 1106
# reserved line 1107
# reserved line 1108
# reserved line 1109
# reserved line 1110
# reserved line 1111
# reserved line 1112
# reserved line 1113
# reserved line 1114
# reserved line 1115
# reserved line 1116
# reserved line 1117
# reserved line 1118
# reserved line 1119
# reserved line 1120
# reserved line 1121
# reserved line 1122
# reserved line 1123
# reserved line 1124
# reserved line 1125
# reserved line 1126
# reserved line 1127
# reserved line 1128
# reserved line 1129
# reserved line 1130
# reserved line 1131
# reserved line 1132
# reserved line 1133
# reserved line 1134
# reserved line 1135
# reserved line 1136
# reserved line 1137
# reserved line 1138
# reserved line 1139
# reserved line 1140
# reserved line 1141
# reserved line 1142
# reserved line 1143
# reserved line 1144
# reserved line 1145
# reserved line 1146
# reserved line 1147
# reserved line 1148
# reserved line 1149
# reserved line 1150
# reserved line 1151
# reserved line 1152
# reserved line 1153
# reserved line 1154
# reserved line 1155
# reserved line 1156
# reserved line 1157
# reserved line 1158
# reserved line 1159
# reserved line 1160
# reserved line 1161
# reserved line 1162
# reserved line 1163
# reserved line 1164
# reserved line 1165
# reserved line 1166
# reserved line 1167
# reserved line 1168
# reserved line 1169
# reserved line 1170
# reserved line 1171
# reserved line 1172
# reserved line 1173
# reserved line 1174
# reserved line 1175
# reserved line 1176
# reserved line 1177
# reserved line 1178
# reserved line 1179
# reserved line 1180
# reserved line 1181
# reserved line 1182
# reserved line 1183
# reserved line 1184
# reserved line 1185
# reserved line 1186
# reserved line 1187
# reserved line 1188
# reserved line 1189
# reserved line 1190
# reserved line 1191
# reserved line 1192
# reserved line 1193
# reserved line 1194
# reserved line 1195
# reserved line 1196
# reserved line 1197
# reserved line 1198
# reserved line 1199
# reserved line 1200
# reserved line 1201
# reserved line 1202
# reserved line 1203
# reserved line 1204
# reserved line 1205
# reserved line 1206
# reserved line 1207
# reserved line 1208
# reserved line 1209
# reserved line 1210
# reserved line 1211
# reserved line 1212
# reserved line 1213
# reserved line 1214
# reserved line 1215
# reserved line 1216
# reserved line 1217
# reserved line 1218
# reserved line 1219
# reserved line 1220
# reserved line 1221
# reserved line 1222
# reserved line 1223
# reserved line 1224
# reserved line 1225
# reserved line 1226
# reserved line 1227
# reserved line 1228
# reserved line 1229
# reserved line 1230
# reserved line 1231
# reserved line 1232
# reserved line 1233
# reserved line 1234
# reserved line 1235
# reserved line 1236
# reserved line 1237
# reserved line 1238
# reserved line 1239
# reserved line 1240
# reserved line 1241
# reserved line 1242
# reserved line 1243
# reserved line 1244
# reserved line 1245
# reserved line 1246
# reserved line 1247
# reserved line 1248
# reserved line 1249
# reserved line 1250
# reserved line 1251
# reserved line 1252
# reserved line 1253
# reserved line 1254
# reserved line 1255
# reserved line 1256
# reserved line 1257
# reserved line 1258
# reserved line 1259
# reserved line 1260
# reserved line 1261
# reserved line 1262
# reserved line 1263
# reserved line 1264
# reserved line 1265
# reserved line 1266
# reserved line 1267
# reserved line 1268
# reserved line 1269
# reserved line 1270
# reserved line 1271
# reserved line 1272
# reserved line 1273
# reserved line 1274
# reserved line 1275
# reserved line 1276
# reserved line 1277
# reserved line 1278
# reserved line 1279
# reserved line 1280
# reserved line 1281
# reserved line 1282
# reserved line 1283
# reserved line 1284
# reserved line 1285
# reserved line 1286
# reserved line 1287
# reserved line 1288
# reserved line 1289
# reserved line 1290
# reserved line 1291
# reserved line 1292
# reserved line 1293
# reserved line 1294
# reserved line 1295
# reserved line 1296
# reserved line 1297
# reserved line 1298
# reserved line 1299
# reserved line 1300
# reserved line 1301
# reserved line 1302
# reserved line 1303
# reserved line 1304
# reserved line 1305
# reserved line 1306
# reserved line 1307
# reserved line 1308
# reserved line 1309
# reserved line 1310
# reserved line 1311
# reserved line 1312
# reserved line 1313
# reserved line 1314
# reserved line 1315
# reserved line 1316
# reserved line 1317
# reserved line 1318
# reserved line 1319
# reserved line 1320
# reserved line 1321
# reserved line 1322
# reserved line 1323
# reserved line 1324
# reserved line 1325
# reserved line 1326
# reserved line 1327
# reserved line 1328
# reserved line 1329
# reserved line 1330
# reserved line 1331
# reserved line 1332
# reserved line 1333
# reserved line 1334
# reserved line 1335
# reserved line 1336
# reserved line 1337
# reserved line 1338
# reserved line 1339
# reserved line 1340
# reserved line 1341
# reserved line 1342
# reserved line 1343
# reserved line 1344
# reserved line 1345
# reserved line 1346
# reserved line 1347
# reserved line 1348
# reserved line 1349
# reserved line 1350
# reserved line 1351
# reserved line 1352
# reserved line 1353
# reserved line 1354
# reserved line 1355
# reserved line 1356
# reserved line 1357
# reserved line 1358
# reserved line 1359
# reserved line 1360
# reserved line 1361
# reserved line 1362
# reserved line 1363
# reserved line 1364
# reserved line 1365
# reserved line 1366
# reserved line 1367
# reserved line 1368
# reserved line 1369
# reserved line 1370
# reserved line 1371
# reserved line 1372
# reserved line 1373
# reserved line 1374
# reserved line 1375
# reserved line 1376
# reserved line 1377
# reserved line 1378
# reserved line 1379
# reserved line 1380
# reserved line 1381
# reserved line 1382
# reserved line 1383
# reserved line 1384
# reserved line 1385
# reserved line 1386
# reserved line 1387
# reserved line 1388
# reserved line 1389
# reserved line 1390
# reserved line 1391
# reserved line 1392
# reserved line 1393
# reserved line 1394
# reserved line 1395
# reserved line 1396
# reserved line 1397
# reserved line 1398
# reserved line 1399
# reserved line 1400
# reserved line 1401
# reserved line 1402
# reserved line 1403
# reserved line 1404
# reserved line 1405
# reserved line 1406
# reserved line 1407
# reserved line 1408
# reserved line 1409
# reserved line 1410
# reserved line 1411
# reserved line 1412
# reserved line 1413
# reserved line 1414
# reserved line 1415
# reserved line 1416
# reserved line 1417
# reserved line 1418
# reserved line 1419
# reserved line 1420
# reserved line 1421
# reserved line 1422
# reserved line 1423
# reserved line 1424
# reserved line 1425
# reserved line 1426
# reserved line 1427
# reserved line 1428
# reserved line 1429
# reserved line 1430
# reserved line 1431
# reserved line 1432
# reserved line 1433
# reserved line 1434
# reserved line 1435
# reserved line 1436
# reserved line 1437
# reserved line 1438
# reserved line 1439
# reserved line 1440
# reserved line 1441
# reserved line 1442
# reserved line 1443
# reserved line 1444
# reserved line 1445
# reserved line 1446
# reserved line 1447
# reserved line 1448
# reserved line 1449
# reserved line 1450
# reserved line 1451
# reserved line 1452
# reserved line 1453
# reserved line 1454
# reserved line 1455
# reserved line 1456
# reserved line 1457
# reserved line 1458
# reserved line 1459
# reserved line 1460
# reserved line 1461
# reserved line 1462
# reserved line 1463
# reserved line 1464
# reserved line 1465
# reserved line 1466
# reserved line 1467
# reserved line 1468
# reserved line 1469
# reserved line 1470
# reserved line 1471
# reserved line 1472
# reserved line 1473
# reserved line 1474
# reserved line 1475
# reserved line 1476
# reserved line 1477
# reserved line 1478
# reserved line 1479
# reserved line 1480
# reserved line 1481
# reserved line 1482
# reserved line 1483
# reserved line 1484
# reserved line 1485
# reserved line 1486
# reserved line 1487
# reserved line 1488
# reserved line 1489
# reserved line 1490
# reserved line 1491
# reserved line 1492
# reserved line 1493
# reserved line 1494
# reserved line 1495
# reserved line 1496
# reserved line 1497
# reserved line 1498
# reserved line 1499
# reserved line 1500
# reserved line 1501
# reserved line 1502
# reserved line 1503
# reserved line 1504
# reserved line 1505
# reserved line 1506
# reserved line 1507
# reserved line 1508
# reserved line 1509
# reserved line 1510
# reserved line 1511
# reserved line 1512
# reserved line 1513
# reserved line 1514
# reserved line 1515
# reserved line 1516
# reserved line 1517
# reserved line 1518
# reserved line 1519
# reserved line 1520
# reserved line 1521
# reserved line 1522
# reserved line 1523
# reserved line 1524
# reserved line 1525
# reserved line 1526
# reserved line 1527
# reserved line 1528
# reserved line 1529
# reserved line 1530
# reserved line 1531
# reserved line 1532
# reserved line 1533
# reserved line 1534
# reserved line 1535
# reserved line 1536
# reserved line 1537
# reserved line 1538
# reserved line 1539
# reserved line 1540
# reserved line 1541
# reserved line 1542
# reserved line 1543
# reserved line 1544
# reserved line 1545
# reserved line 1546
# reserved line 1547
# reserved line 1548
# reserved line 1549
# reserved line 1550
# reserved line 1551
# reserved line 1552
# reserved line 1553
# reserved line 1554
# reserved line 1555
# reserved line 1556
# reserved line 1557
# reserved line 1558
# reserved line 1559
# reserved line 1560
# reserved line 1561
# reserved line 1562
# reserved line 1563
# reserved line 1564
# reserved line 1565
# reserved line 1566
# reserved line 1567
# reserved line 1568
# reserved line 1569
# reserved line 1570
# reserved line 1571
# reserved line 1572
# reserved line 1573
# reserved line 1574
# reserved line 1575
# reserved line 1576
# reserved line 1577
# reserved line 1578
# reserved line 1579
# reserved line 1580
# reserved line 1581
# reserved line 1582
# reserved line 1583
# reserved line 1584
# reserved line 1585
# reserved line 1586
# reserved line 1587
# reserved line 1588
# reserved line 1589
# reserved line 1590
# reserved line 1591
# reserved line 1592
# reserved line 1593
# reserved line 1594
# reserved line 1595
# reserved line 1596
# reserved line 1597
# reserved line 1598
# reserved line 1599
# reserved line 1600
# reserved line 1601
# reserved line 1602
# reserved line 1603
# reserved line 1604
# reserved line 1605
# reserved line 1606
# reserved line 1607
# reserved line 1608
# reserved line 1609
# reserved line 1610
# reserved line 1611
# reserved line 1612
# reserved line 1613
# reserved line 1614
# reserved line 1615
# reserved line 1616
# reserved line 1617
# reserved line 1618
# reserved line 1619
# reserved line 1620
# reserved line 1621
# reserved line 1622
# reserved line 1623
# reserved line 1624
# reserved line 1625
# reserved line 1626
# reserved line 1627
# reserved line 1628
# reserved line 1629
# reserved line 1630
# reserved line 1631
# reserved line 1632
# reserved line 1633
# reserved line 1634
# reserved line 1635
# reserved line 1636
# reserved line 1637
# reserved line 1638
# reserved line 1639
# reserved line 1640
# reserved line 1641
# reserved line 1642
# reserved line 1643
# reserved line 1644
# reserved line 1645
# reserved line 1646
# reserved line 1647
# reserved line 1648
# reserved line 1649
# reserved line 1650
# reserved line 1651
# reserved line 1652
# reserved line 1653
# reserved line 1654
# reserved line 1655
# reserved line 1656
# reserved line 1657
# reserved line 1658
# reserved line 1659
# reserved line 1660
# reserved line 1661
# reserved line 1662
# reserved line 1663
# reserved line 1664
# reserved line 1665
# reserved line 1666
# reserved line 1667
# reserved line 1668
# reserved line 1669
# reserved line 1670
# reserved line 1671
# reserved line 1672
# reserved line 1673
# reserved line 1674
# reserved line 1675
# reserved line 1676
# reserved line 1677
# reserved line 1678
# reserved line 1679
# reserved line 1680
# reserved line 1681
# reserved line 1682
# reserved line 1683
# reserved line 1684
# reserved line 1685
# reserved line 1686
# reserved line 1687
# reserved line 1688
# reserved line 1689
# reserved line 1690
# reserved line 1691
# reserved line 1692
# reserved line 1693
# reserved line 1694
# reserved line 1695
# reserved line 1696
# reserved line 1697
# reserved line 1698
# reserved line 1699
# reserved line 1700
# reserved line 1701
# reserved line 1702
# reserved line 1703
# reserved line 1704
# reserved line 1705
# reserved line 1706
# reserved line 1707
# reserved line 1708
# reserved line 1709
# reserved line 1710
# reserved line 1711
# reserved line 1712
# reserved line 1713
# reserved line 1714
# reserved line 1715
# reserved line 1716
# reserved line 1717
# reserved line 1718
# reserved line 1719
# reserved line 1720
# reserved line 1721
# reserved line 1722
# reserved line 1723
# reserved line 1724
# reserved line 1725
# reserved line 1726
# reserved line 1727
# reserved line 1728
# reserved line 1729
# reserved line 1730
# reserved line 1731
# reserved line 1732
# reserved line 1733
# reserved line 1734
# reserved line 1735
# reserved line 1736
# reserved line 1737
# reserved line 1738
# reserved line 1739
# reserved line 1740
# reserved line 1741
# reserved line 1742
# reserved line 1743
# reserved line 1744
# reserved line 1745
# reserved line 1746
# reserved line 1747
# reserved line 1748
# reserved line 1749
# reserved line 1750
# reserved line 1751
# reserved line 1752
# reserved line 1753
# reserved line 1754
# reserved line 1755
# reserved line 1756
# reserved line 1757
# reserved line 1758
# reserved line 1759
# reserved line 1760
# reserved line 1761
# reserved line 1762
# reserved line 1763
# reserved line 1764
# reserved line 1765
# reserved line 1766
# reserved line 1767
# reserved line 1768
# reserved line 1769
# reserved line 1770
# reserved line 1771
# reserved line 1772
# reserved line 1773
# reserved line 1774
# reserved line 1775
# reserved line 1776
# reserved line 1777
# reserved line 1778
# reserved line 1779
# reserved line 1780
# reserved line 1781
# reserved line 1782
# reserved line 1783
# reserved line 1784
# reserved line 1785
# reserved line 1786
# reserved line 1787
# reserved line 1788
# reserved line 1789
# reserved line 1790
# reserved line 1791
# reserved line 1792
# reserved line 1793
# reserved line 1794
# reserved line 1795
# reserved line 1796
# reserved line 1797
# reserved line 1798
# reserved line 1799
# reserved line 1800
# reserved line 1801
# reserved line 1802
# reserved line 1803
# reserved line 1804
# reserved line 1805
# reserved line 1806
# reserved line 1807
# reserved line 1808
# reserved line 1809
# reserved line 1810
# reserved line 1811
# reserved line 1812
# reserved line 1813
# reserved line 1814
# reserved line 1815
# reserved line 1816
# reserved line 1817
# reserved line 1818
# reserved line 1819
# reserved line 1820
# reserved line 1821
# reserved line 1822
# reserved line 1823
# reserved line 1824
# reserved line 1825
# reserved line 1826
# reserved line 1827
# reserved line 1828
# reserved line 1829
# reserved line 1830
# reserved line 1831
# reserved line 1832
# reserved line 1833
# reserved line 1834
# reserved line 1835
# reserved line 1836
# reserved line 1837
# reserved line 1838
# reserved line 1839
# reserved line 1840
# reserved line 1841
# reserved line 1842
# reserved line 1843
# reserved line 1844
# reserved line 1845
# reserved line 1846
# reserved line 1847
# reserved line 1848
# reserved line 1849
# reserved line 1850
# reserved line 1851
# reserved line 1852
# reserved line 1853
# reserved line 1854
# reserved line 1855
# reserved line 1856
# reserved line 1857
# reserved line 1858
# reserved line 1859
# reserved line 1860
# reserved line 1861
# reserved line 1862
# reserved line 1863
# reserved line 1864
# reserved line 1865
# reserved line 1866
# reserved line 1867
# reserved line 1868
# reserved line 1869
# reserved line 1870
# reserved line 1871
# reserved line 1872
# reserved line 1873
# reserved line 1874
# reserved line 1875
# reserved line 1876
# reserved line 1877
# reserved line 1878
# reserved line 1879
# reserved line 1880
# reserved line 1881
# reserved line 1882
# reserved line 1883
# reserved line 1884
# reserved line 1885
# reserved line 1886
# reserved line 1887
# reserved line 1888
# reserved line 1889
# reserved line 1890
# reserved line 1891
# reserved line 1892
# reserved line 1893
# reserved line 1894
# reserved line 1895
# reserved line 1896
# reserved line 1897
# reserved line 1898
# reserved line 1899
# reserved line 1900
# reserved line 1901
# reserved line 1902
# reserved line 1903
# reserved line 1904
# reserved line 1905
# reserved line 1906
# reserved line 1907
# reserved line 1908
# reserved line 1909
# reserved line 1910
# reserved line 1911
# reserved line 1912
# reserved line 1913
# reserved line 1914
# reserved line 1915
# reserved line 1916
# reserved line 1917
# reserved line 1918
# reserved line 1919
# reserved line 1920
# reserved line 1921
# reserved line 1922
# reserved line 1923
# reserved line 1924
# reserved line 1925
# reserved line 1926
# reserved line 1927
# reserved line 1928
# reserved line 1929
# reserved line 1930
# reserved line 1931
# reserved line 1932
# reserved line 1933
# reserved line 1934
# reserved line 1935
# reserved line 1936
# reserved line 1937
# reserved line 1938
# reserved line 1939
# reserved line 1940
# reserved line 1941
# reserved line 1942
# reserved line 1943
# reserved line 1944
# reserved line 1945
# reserved line 1946
# reserved line 1947
# reserved line 1948
# reserved line 1949
# reserved line 1950
# reserved line 1951
# reserved line 1952
# reserved line 1953
# reserved line 1954
# reserved line 1955
# reserved line 1956
# reserved line 1957
# reserved line 1958
# reserved line 1959
# reserved line 1960
# reserved line 1961
# reserved line 1962
# reserved line 1963
# reserved line 1964
# reserved line 1965
# reserved line 1966
# reserved line 1967
# reserved line 1968
# reserved line 1969
# reserved line 1970
# reserved line 1971
# reserved line 1972
# reserved line 1973
# reserved line 1974
# reserved line 1975
# reserved line 1976
# reserved line 1977
# reserved line 1978
# reserved line 1979
# reserved line 1980
# reserved line 1981
# reserved line 1982
# reserved line 1983
# reserved line 1984
# reserved line 1985
# reserved line 1986
# reserved line 1987
# reserved line 1988
# reserved line 1989
# reserved line 1990
# reserved line 1991
# reserved line 1992
# reserved line 1993
# reserved line 1994
# reserved line 1995
# reserved line 1996
# reserved line 1997
# reserved line 1998
# reserved line 1999
# reserved line 2000
# reserved line 2001
# reserved line 2002
# reserved line 2003
# reserved line 2004
# reserved line 2005
# reserved line 2006
# reserved line 2007
# reserved line 2008
# reserved line 2009
# reserved line 2010
# reserved line 2011
# reserved line 2012
# reserved line 2013
# reserved line 2014
# reserved line 2015
# reserved line 2016
# reserved line 2017
# reserved line 2018
# reserved line 2019
# reserved line 2020
# reserved line 2021
# reserved line 2022
# reserved line 2023
# reserved line 2024
# reserved line 2025
# reserved line 2026
# reserved line 2027
# reserved line 2028
# reserved line 2029
# reserved line 2030
# reserved line 2031
# reserved line 2032
# reserved line 2033
# reserved line 2034
# reserved line 2035
# reserved line 2036
# reserved line 2037
# reserved line 2038
# reserved line 2039
# reserved line 2040
# reserved line 2041
# reserved line 2042
# reserved line 2043
# reserved line 2044
# reserved line 2045
# reserved line 2046
# reserved line 2047
# reserved line 2048
# reserved line 2049
# reserved line 2050
# reserved line 2051
# reserved line 2052
# reserved line 2053
# reserved line 2054
# reserved line 2055
# reserved line 2056
# reserved line 2057
# reserved line 2058
# reserved line 2059
# reserved line 2060
# reserved line 2061
# reserved line 2062
# reserved line 2063
# reserved line 2064
# reserved line 2065
# reserved line 2066
# reserved line 2067
# reserved line 2068
# reserved line 2069
# reserved line 2070
# reserved line 2071
# reserved line 2072
# reserved line 2073
# reserved line 2074
# reserved line 2075
# reserved line 2076
# reserved line 2077
# reserved line 2078
# reserved line 2079
# reserved line 2080
# reserved line 2081
# reserved line 2082
# reserved line 2083
# reserved line 2084
# reserved line 2085
# reserved line 2086
# reserved line 2087
# reserved line 2088
# reserved line 2089
# reserved line 2090
# reserved line 2091
# reserved line 2092
# reserved line 2093
# reserved line 2094
# reserved line 2095
# reserved line 2096
# reserved line 2097
# reserved line 2098
# reserved line 2099
# reserved line 2100
# reserved line 2101
# reserved line 2102
# reserved line 2103
# reserved line 2104
# reserved line 2105
# reserved line 2106
# reserved line 2107
# reserved line 2108
# reserved line 2109
# reserved line 2110
# reserved line 2111
# reserved line 2112
# reserved line 2113
# reserved line 2114
# reserved line 2115
# reserved line 2116
# reserved line 2117
# reserved line 2118
# reserved line 2119
# reserved line 2120
# reserved line 2121
# reserved line 2122
# reserved line 2123
# reserved line 2124
# reserved line 2125
# reserved line 2126
# reserved line 2127
# reserved line 2128
# reserved line 2129
# reserved line 2130
# reserved line 2131
# reserved line 2132
# reserved line 2133
# reserved line 2134
# reserved line 2135
# reserved line 2136
# reserved line 2137
# reserved line 2138
# reserved line 2139
# reserved line 2140
# reserved line 2141
# reserved line 2142
# reserved line 2143
# reserved line 2144
# reserved line 2145
# reserved line 2146
# reserved line 2147
# reserved line 2148
# reserved line 2149
# reserved line 2150
# reserved line 2151
# reserved line 2152
# reserved line 2153
# reserved line 2154
# reserved line 2155
# reserved line 2156
# reserved line 2157
# reserved line 2158
# reserved line 2159
# reserved line 2160
# reserved line 2161
# reserved line 2162
# reserved line 2163
# reserved line 2164
# reserved line 2165
# reserved line 2166
# reserved line 2167
# reserved line 2168
# reserved line 2169
# reserved line 2170
# reserved line 2171
# reserved line 2172
# reserved line 2173
# reserved line 2174
# reserved line 2175
# reserved line 2176
# reserved line 2177
# reserved line 2178
# reserved line 2179
# reserved line 2180
# reserved line 2181
# reserved line 2182
# reserved line 2183
# reserved line 2184
# reserved line 2185
# reserved line 2186
# reserved line 2187
# reserved line 2188
# reserved line 2189
# reserved line 2190
# reserved line 2191
# reserved line 2192
# reserved line 2193
# reserved line 2194
# reserved line 2195
# reserved line 2196
# reserved line 2197
# reserved line 2198
# reserved line 2199
# reserved line 2200
# reserved line 2201
# reserved line 2202
# reserved line 2203
# reserved line 2204
# reserved line 2205
# reserved line 2206
# reserved line 2207
# reserved line 2208
# reserved line 2209
# reserved line 2210
# reserved line 2211
# reserved line 2212
# reserved line 2213
# reserved line 2214
# reserved line 2215
# reserved line 2216
# reserved line 2217
# reserved line 2218
# reserved line 2219
# reserved line 2220
# reserved line 2221
# reserved line 2222
# reserved line 2223
# reserved line 2224
# reserved line 2225
# reserved line 2226
# reserved line 2227
# reserved line 2228
# reserved line 2229
# reserved line 2230
# reserved line 2231
# reserved line 2232
# reserved line 2233
# reserved line 2234
# reserved line 2235
# reserved line 2236
# reserved line 2237
# reserved line 2238
# reserved line 2239
# reserved line 2240
# reserved line 2241
# reserved line 2242
# reserved line 2243
# reserved line 2244
# reserved line 2245
# reserved line 2246
# reserved line 2247
# reserved line 2248
# reserved line 2249
# reserved line 2250
# reserved line 2251
# reserved line 2252
# reserved line 2253
# reserved line 2254
# reserved line 2255
# reserved line 2256
# reserved line 2257
# reserved line 2258
# reserved line 2259
# reserved line 2260
# reserved line 2261
# reserved line 2262
# reserved line 2263
# reserved line 2264
# reserved line 2265
# reserved line 2266
# reserved line 2267
# reserved line 2268
# reserved line 2269
# reserved line 2270
# reserved line 2271
# reserved line 2272
# reserved line 2273
# reserved line 2274
# reserved line 2275
# reserved line 2276
# reserved line 2277
# reserved line 2278
# reserved line 2279
# reserved line 2280
# reserved line 2281
# reserved line 2282
# reserved line 2283
# reserved line 2284
# reserved line 2285
# reserved line 2286
# reserved line 2287
# reserved line 2288
# reserved line 2289
# reserved line 2290
# reserved line 2291
# reserved line 2292
# reserved line 2293
# reserved line 2294
# reserved line 2295
# reserved line 2296
# reserved line 2297
# reserved line 2298
# reserved line 2299
# reserved line 2300
# reserved line 2301
# reserved line 2302
# reserved line 2303
# reserved line 2304
# reserved line 2305
# reserved line 2306
# reserved line 2307
# reserved line 2308
# reserved line 2309
# reserved line 2310
# reserved line 2311
# reserved line 2312
# reserved line 2313
# reserved line 2314
# reserved line 2315
# reserved line 2316
# reserved line 2317
# reserved line 2318
# reserved line 2319
# reserved line 2320
# reserved line 2321
# reserved line 2322
# reserved line 2323
# reserved line 2324
# reserved line 2325
# reserved line 2326
# reserved line 2327
# reserved line 2328
# reserved line 2329
# reserved line 2330
# reserved line 2331
# reserved line 2332
# reserved line 2333
# reserved line 2334
# reserved line 2335
# reserved line 2336
# reserved line 2337
# reserved line 2338
# reserved line 2339
# reserved line 2340
# reserved line 2341
# reserved line 2342
# reserved line 2343
# reserved line 2344
# reserved line 2345
# reserved line 2346
# reserved line 2347
# reserved line 2348
# reserved line 2349
# reserved line 2350
# reserved line 2351
# reserved line 2352
# reserved line 2353
# reserved line 2354
# reserved line 2355
# reserved line 2356
# reserved line 2357
# reserved line 2358
# reserved line 2359
# reserved line 2360
# reserved line 2361
# reserved line 2362
# reserved line 2363
# reserved line 2364
# reserved line 2365
# reserved line 2366
# reserved line 2367
# reserved line 2368
# reserved line 2369
# reserved line 2370
# reserved line 2371
# reserved line 2372
# reserved line 2373
# reserved line 2374
# reserved line 2375
# reserved line 2376
# reserved line 2377
# reserved line 2378
# reserved line 2379
# reserved line 2380
# reserved line 2381
# reserved line 2382
# reserved line 2383
# reserved line 2384
# reserved line 2385
# reserved line 2386
# reserved line 2387
# reserved line 2388
# reserved line 2389
# reserved line 2390
# reserved line 2391
# reserved line 2392
# reserved line 2393
# reserved line 2394
# reserved line 2395
# reserved line 2396
# reserved line 2397
# reserved line 2398
# reserved line 2399
# reserved line 2400
# reserved line 2401
# reserved line 2402
# reserved line 2403
# reserved line 2404
# reserved line 2405
# reserved line 2406
# reserved line 2407
# reserved line 2408
# reserved line 2409
# reserved line 2410
# reserved line 2411
# reserved line 2412
# reserved line 2413
# reserved line 2414
# reserved line 2415
# reserved line 2416
# reserved line 2417
# reserved line 2418
# reserved line 2419
# reserved line 2420
# reserved line 2421
# reserved line 2422
# reserved line 2423
# reserved line 2424
# reserved line 2425
# reserved line 2426
# reserved line 2427
# reserved line 2428
# reserved line 2429
# reserved line 2430
# reserved line 2431
# reserved line 2432
# reserved line 2433
# reserved line 2434
# reserved line 2435
# reserved line 2436
# reserved line 2437
# reserved line 2438
# reserved line 2439
# reserved line 2440
# reserved line 2441
# reserved line 2442
# reserved line 2443
# reserved line 2444
# reserved line 2445
# reserved line 2446
# reserved line 2447
# reserved line 2448
# reserved line 2449
# reserved line 2450
# reserved line 2451
# reserved line 2452
# reserved line 2453
# reserved line 2454
# reserved line 2455
# reserved line 2456
# reserved line 2457
# reserved line 2458
# reserved line 2459
# reserved line 2460
# reserved line 2461
# reserved line 2462
# reserved line 2463
# reserved line 2464
# reserved line 2465
# reserved line 2466
# reserved line 2467
# reserved line 2468
# reserved line 2469
# reserved line 2470
# reserved line 2471
# reserved line 2472
# reserved line 2473
# reserved line 2474
# reserved line 2475
# reserved line 2476
# reserved line 2477
# reserved line 2478
# reserved line 2479
# reserved line 2480
# reserved line 2481
# reserved line 2482
# reserved line 2483
# reserved line 2484
# reserved line 2485
# reserved line 2486
# reserved line 2487
# reserved line 2488
# reserved line 2489
# reserved line 2490
# reserved line 2491
# reserved line 2492
# reserved line 2493
# reserved line 2494
# reserved line 2495
# reserved line 2496
# reserved line 2497
# reserved line 2498
# reserved line 2499
# reserved line 2500
# reserved line 2501
# reserved line 2502
# reserved line 2503
# reserved line 2504
# reserved line 2505
# reserved line 2506
# reserved line 2507
# reserved line 2508
# reserved line 2509
# reserved line 2510
# reserved line 2511
# reserved line 2512
# reserved line 2513
# reserved line 2514
# reserved line 2515
# reserved line 2516
# reserved line 2517
# reserved line 2518
# reserved line 2519
# reserved line 2520
# reserved line 2521
# reserved line 2522
# reserved line 2523
# reserved line 2524
# reserved line 2525
# reserved line 2526
# reserved line 2527
# reserved line 2528
# reserved line 2529
# reserved line 2530
# reserved line 2531
# reserved line 2532
# reserved line 2533
# reserved line 2534
# reserved line 2535
# reserved line 2536
# reserved line 2537
# reserved line 2538
# reserved line 2539
# reserved line 2540
# reserved line 2541
# reserved line 2542
# reserved line 2543
# reserved line 2544
# reserved line 2545
# reserved line 2546
# reserved line 2547
# reserved line 2548
# reserved line 2549
# reserved line 2550
# reserved line 2551
# reserved line 2552
# reserved line 2553
# reserved line 2554
# reserved line 2555
# reserved line 2556
# reserved line 2557
# reserved line 2558
# reserved line 2559
# reserved line 2560
# reserved line 2561
# reserved line 2562
# reserved line 2563
# reserved line 2564
# reserved line 2565
# reserved line 2566
# reserved line 2567
# reserved line 2568
# reserved line 2569
# reserved line 2570
# reserved line 2571
# reserved line 2572
# reserved line 2573
# reserved line 2574
# reserved line 2575
# reserved line 2576
# reserved line 2577
# reserved line 2578
# reserved line 2579
# reserved line 2580
# reserved line 2581
# reserved line 2582
# reserved line 2583
# reserved line 2584
# reserved line 2585
# reserved line 2586
# reserved line 2587
# reserved line 2588
# reserved line 2589
# reserved line 2590
# reserved line 2591
# reserved line 2592
# reserved line 2593
# reserved line 2594
# reserved line 2595
# reserved line 2596
# reserved line 2597
# reserved line 2598
# reserved line 2599


def after():
    x = 1
























































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































    return x + 1


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#


#

print(before(), after())
