package org.gradientatlas.scene;

/**
 * matplotlib's terrain, diverging (coolwarm, RdBu_r), jet and gray maps as text, for code without resources
 * (the browser build): 256 entries of six lower-case hex digits
 * (rrggbb) each, copied from src/main/resources/colormaps/NAME.csv (tools/reference/colormaps.py);
 * ColormapTableTest checks every entry against plot.Colormap.
 */
final class ClassicColormaps {
    private ClassicColormaps() {
    }

    /** The table of one map, or null if this class has none of that name. */
    static String hex(String name) {
        return switch (name) {
            case "terrain" ->
                    "33339931359b30389e2f3ba12d3da32c40a62b43a92945ab2848ae274bb1254db32450b62353b92155bb2058be"
                    + "1f5bc11d5dc31c60c61b62c91965cb1868ce176bd1156dd31470d61373d91175db1078de0e7be10d7de30c80e6"
                    + "0b83e90985eb0888ee078af1058df30490f60393f90195fb0098fe009afa009cf4009eee00a0e800a2e200a4dc"
                    + "00a6d600a8d000aaca00acc400aebe00b0b800b2b200b4ac00b6a600b8a000ba9a00bc9400be8e00c08800c282"
                    + "00c47c00c67600c87000ca6a01cc6605cd6708cd670dce6811cf6915d06a19d16b1dd16b21d26c25d36d28d46e"
                    + "2dd56f31d56f35d67039d7713dd87241d97345d97348da744ddb7551dc7655dd7759dd775dde7861df7965e07a"
                    + "68e17a6de17b71e27c75e37d79e47e7de57f81e57f85e68088e7818de88291e98395e98399ea849deb85a1ec86"
                    + "a5ed87a8ed87adee88b1ef89b5f08ab9f18bbdf18bc1f28cc5f38dc8f48ecdf58fd1f58fd5f690d9f791ddf892"
                    + "e1f993e5f993e8fa94edfb95f1fc96f5fd97f9fd97fdfe98fefd98fcfb97faf896f8f695f6f394f4f093f2ee91"
                    + "f0eb90eee98fece68eeae48de8e18ce6df8be4dc8ae2d989e0d788ded487dcd286dacf85d8cd83d6ca82d3c781"
                    + "d2c580d0c27fcec07eccbd7dcabb7cc8b87bc6b67ac3b379c2b078c0ae76beab75bca974baa673b8a472b6a171"
                    + "b39f70b29c6fb0996eae976dac946caa926ba88f6aa68d68a38a67a28766a085659e82649c80639a7d62987b61"
                    + "96786093765f92735e90705d8e6e5b8c6b5a8a6959886658866457836156825f55805c54815d5683605885625b"
                    + "87655e8867608b6a638d6d668f6f6891726b93746e957770977973997c769b7f799d817b9f847ea18681a38983"
                    + "a58b86a78e89a8908bab938ead9691af9893b19b96b39d99b5a09bb7a29eb9a5a1bba7a3bdaaa6bfada9c1afab"
                    + "c3b2aec4b4b1c7b7b3c8b9b6cbbcb9cdbfbbcfc1bed1c4c1d3c6c4d4c9c6d7cbc9d9ceccdbd0ceddd3d1dfd6d4"
                    + "e1d8d6e3dbd9e4dddce7e0dee8e2e1ebe5e4ede7e6efeae9f1edecf3efeef4f2f1f7f4f4f9f7f6fbf9f9fdfcfc"
                    + "ffffff";
            case "coolwarm" ->
                    "3a4cc03b4dc13c4fc33e51c43f53c64054c74156c94258ca435acc455bcd465dcf475fd04860d14962d34b64d4"
                    + "4c66d64d67d74e69d8506bda516cdb526edc5370dd5571de5673e05775e15876e25a78e35b79e45c7be55d7de6"
                    + "5f7ee76080e86182ea6383ea6485eb6586ec6788ed6889ee698bef6b8df06c8ef16d90f16f91f27093f37194f4"
                    + "7395f47497f57598f6779af6789bf77a9df87b9ef87ca0f97ea1f97fa2fa80a4fa82a5fb83a6fb85a8fb86a9fc"
                    + "87aafc89acfc8aadfd8baefd8daffd8eb1fd90b2fe91b3fe92b4fe94b5fe95b7fe97b8fe98b9fe99bafe9bbbfe"
                    + "9cbcfe9dbdfe9fbefea0bffea2c0fea3c1fea4c2fea6c3fda7c4fda8c5fdaac6fdabc7fcacc8fcaec9fcafcafb"
                    + "b0cbfbb2cbfbb3ccfab4cdfab6cef9b7cff9b8cff8b9d0f8bbd1f7bcd1f6bdd2f6bed3f5c0d3f5c1d4f4c2d4f3"
                    + "c3d5f2c5d5f2c6d6f1c7d6f0c8d7efc9d7eecad8eeccd8edcdd9ecced9ebcfd9ead0dae9d1dae8d2dae7d3dbe6"
                    + "d5dbe5d6dbe4d7dbe2d8dbe1d9dce0dadcdfdbdcdedcdcdddddcdbdedbdadfdbd9e0dad7e1dad6e2d9d4e3d9d3"
                    + "e4d8d1e5d8d0e6d7cfe7d6cde7d6cce8d5cae9d4c9ead3c7ebd3c6ecd2c4ecd1c3edd0c1edcfc0eecfbeefcebc"
                    + "efcdbbf0ccb9f1cbb8f1cab6f2c9b5f2c8b3f2c7b2f3c6b0f3c5aff4c4adf4c3abf4c2aaf5c1a8f5c0a7f5bfa5"
                    + "f6bda4f6bca2f6bba0f6ba9ff6b99df6b79cf6b69af7b598f7b397f7b295f7b194f7b092f7ae91f7ad8ff6ab8d"
                    + "f6aa8cf6a98af6a789f6a687f6a486f6a384f5a182f5a081f59e7ff49d7ef49b7cf49a7bf39879f39678f39576"
                    + "f29375f29173f19072f18e70f08d6ff08b6def896cee876aee8669ed8467ec8266ec8064eb7f63ea7d61ea7b60"
                    + "e9795ee8775de7755ce6745ae67259e57057e46e56e36c54e26a53e16852e06650df644fde624edd604cdc5e4b"
                    + "db5c4ada5a48d95847d85646d75444d65243d44f42d34d40d24b3fd1493ecf463dce443ccd423acc3f39ca3d38"
                    + "c93b37c83835c63534c53233c43032c22d31c12a30bf282ebe232dbc1f2cbb1a2bb9162ab81129b60d28b50827"
                    + "b30326";
            case "RdBu_r" ->
                    "05306106326307346608366909386c0a3a6f0b3c720c3e750d40780e437b0f457e114781124984134b87144d8a"
                    + "154f8d1651901754931856951958981a5a9b1c5c9e1d5ea11e60a41f62a72064aa2166ac2368ad246aae256caf"
                    + "276db0286fb02971b12b73b22c75b32d76b42f78b5307ab6317cb7337db8347fb93581b93783ba3884bb3986bc"
                    + "3b88bd3c8abe3d8bbf3f8dc0408fc14191c24393c34694c44996c54c98c64f9ac7529cc8559ec958a0ca5ba2cb"
                    + "5ea4cc61a6cd65a8ce68aacf6bacd06eaed171b0d274b2d377b4d57ab6d67db8d780bad884bcd987beda8ac0db"
                    + "8dc2dc90c4dd93c5de95c6df98c8df9ac9e09dcae19fcbe1a2cde2a4cee3a7cfe4a9d0e4abd2e5aed3e6b0d4e6"
                    + "b3d5e7b5d7e8b8d8e8bad9e9bddaeabfdcebc2ddebc4deecc7dfedc9e1edcce2eecee3efd1e5f0d2e5f0d3e6f0"
                    + "d5e7f0d6e7f1d8e8f1d9e9f1dbe9f1dceaf2deebf2dfecf2e1ecf3e2edf3e4eef3e5eef3e7eff4e8f0f4eaf1f4"
                    + "ebf1f4edf2f5eef3f5f0f3f5f1f4f6f3f5f6f4f5f6f6f6f6f7f6f6f7f5f4f7f4f2f7f3f0f8f2eef8f0ecf8efea"
                    + "f8eee8f9ede7f9ece5f9ebe3f9eae1f9e9dffae8ddfae7dbfae5d9fae4d7fbe3d6fbe2d4fbe1d2fbe0d0fcdfce"
                    + "fcdeccfcddcafcdcc8fddbc7fcd8c4fcd6c1fbd4befbd2bcfbd0b9faceb6faccb4facab1f9c7aef9c5abf9c3a9"
                    + "f8c1a6f8bfa3f8bda1f7bb9ef7b99bf7b799f6b496f6b293f5b090f5ae8ef5ac8bf4aa88f4a886f4a683f3a380"
                    + "f2a07ef19e7cef9b7aee9878ed9676ec9374eb9072ea8e70e88b6ee7886ce6856ae58368e48065e27d63e17b61"
                    + "e0785fdf755dde725bdd7059db6d57da6a55d96853d86551d7624fd6604dd45d4bd35a4ad15749d05447ce5146"
                    + "cd4f45cc4c43ca4942c94641c7433fc6403ec53e3cc33b3bc2383ac03538bf3237be3036bc2d34bb2a33b92732"
                    + "b82431b6212fb51f2eb41c2db2192bb0172aad162aaa1529a71429a41328a112289e11279b1027991027960f26"
                    + "930e26900d258d0c258a0b24870a248409238108237e07227b06227805217504217203206f02206c011f69001f"
                    + "67001f";
            case "jet" ->
                    "00007f00008400008800008d00009100009600009a00009f0000a30000a80000ac0000b10000b60000ba0000bf"
                    + "0000c30000c80000cc0000d10000d50000da0000de0000e30000e80000ec0000f10000f50000fa0000fe0000ff"
                    + "0000ff0000ff0000ff0004ff0008ff000cff0010ff0014ff0018ff001cff0020ff0024ff0028ff002cff0030ff"
                    + "0034ff0038ff003cff0040ff0044ff0048ff004cff0050ff0054ff0058ff005cff0060ff0064ff0068ff006cff"
                    + "0070ff0074ff0078ff007cff0080ff0084ff0088ff008cff0090ff0094ff0098ff009cff00a0ff00a4ff00a8ff"
                    + "00acff00b0ff00b4ff00b8ff00bcff00c0ff00c4ff00c8ff00ccff00d0ff00d4ff00d8ff00dcfe00e0fa00e4f7"
                    + "02e8f405ecf108f0ed0cf4ea0ff8e712fce415ffe118ffdd1cffda1fffd722ffd425ffd029ffcd2cffca2fffc7"
                    + "32ffc336ffc039ffbd3cffba3fffb742ffb346ffb049ffad4cffaa4fffa653ffa356ffa059ff9d5cff9a5fff96"
                    + "63ff9366ff9069ff8d6cff8970ff8673ff8376ff8079ff7d7cff7980ff7683ff7386ff7089ff6c8dff6990ff66"
                    + "93ff6396ff5f9aff5c9dff59a0ff56a3ff53a6ff4faaff4cadff49b0ff46b3ff42b7ff3fbaff3cbdff39c0ff36"
                    + "c3ff32c7ff2fcaff2ccdff29d0ff25d4ff22d7ff1fdaff1cddff18e0ff15e4ff12e7ff0feaff0cedff08f1fc05"
                    + "f4f802f7f400faf000feed00ffe900ffe500ffe200ffde00ffda00ffd700ffd300ffcf00ffcb00ffc800ffc400"
                    + "ffc000ffbd00ffb900ffb500ffb100ffae00ffaa00ffa600ffa300ff9f00ff9b00ff9800ff9400ff9000ff8c00"
                    + "ff8900ff8500ff8100ff7e00ff7a00ff7600ff7300ff6f00ff6b00ff6700ff6400ff6000ff5c00ff5900ff5500"
                    + "ff5100ff4d00ff4a00ff4600ff4200ff3f00ff3b00ff3700ff3400ff3000ff2c00ff2800ff2500ff2100ff1d00"
                    + "ff1a00ff1600fe1200fa0f00f50b00f10700ec0300e80000e30000de0000da0000d50000d10000cc0000c80000"
                    + "c30000bf0000ba0000b60000b10000ac0000a80000a300009f00009a00009600009100008d0000880000840000"
                    + "7f0000";
            case "gray" ->
                    "0000000101010202020303030404040505050606060707070808080909090a0a0a0b0b0b0c0c0c0d0d0d0e0e0e"
                    + "0f0f0f1010101111111212121313131414141515151616161717171818181919191a1a1a1b1b1b1c1c1c1d1d1d"
                    + "1e1e1e1f1f1f2020202020202222222323232424242424242626262727272828282828282a2a2a2b2b2b2c2c2c"
                    + "2c2c2c2e2e2e2f2f2f3030303030303232323333333434343434343636363737373838383838383a3a3a3b3b3b"
                    + "3c3c3c3c3c3c3e3e3e3f3f3f404040414141414141434343444444454545464646474747484848494949494949"
                    + "4b4b4b4c4c4c4d4d4d4e4e4e4f4f4f505050515151515151535353545454555555565656575757585858595959"
                    + "5959595b5b5b5c5c5c5d5d5d5e5e5e5f5f5f606060616161616161636363646464656565666666676767686868"
                    + "6969696969696b6b6b6c6c6c6d6d6d6e6e6e6f6f6f707070717171717171737373747474757575767676777777"
                    + "7878787979797979797b7b7b7c7c7c7d7d7d7e7e7e7f7f7f808080818181828282838383838383858585868686"
                    + "8787878888888989898a8a8a8b8b8b8c8c8c8d8d8d8e8e8e8f8f8f909090919191929292939393939393959595"
                    + "9696969797979898989999999a9a9a9b9b9b9c9c9c9d9d9d9e9e9e9f9f9fa0a0a0a1a1a1a2a2a2a3a3a3a3a3a3"
                    + "a5a5a5a6a6a6a7a7a7a8a8a8a9a9a9aaaaaaabababacacacadadadaeaeaeafafafb0b0b0b1b1b1b2b2b2b3b3b3"
                    + "b3b3b3b5b5b5b6b6b6b7b7b7b8b8b8b9b9b9babababbbbbbbcbcbcbdbdbdbebebebfbfbfc0c0c0c1c1c1c2c2c2"
                    + "c3c3c3c3c3c3c5c5c5c6c6c6c7c7c7c8c8c8c9c9c9cacacacbcbcbcccccccdcdcdcecececfcfcfd0d0d0d1d1d1"
                    + "d2d2d2d3d3d3d3d3d3d5d5d5d6d6d6d7d7d7d8d8d8d9d9d9dadadadbdbdbdcdcdcdddddddedededfdfdfe0e0e0"
                    + "e1e1e1e2e2e2e3e3e3e3e3e3e5e5e5e6e6e6e7e7e7e8e8e8e9e9e9eaeaeaebebebecececedededeeeeeeefefef"
                    + "f0f0f0f1f1f1f2f2f2f3f3f3f3f3f3f5f5f5f6f6f6f7f7f7f8f8f8f9f9f9fafafafbfbfbfcfcfcfdfdfdfefefe"
                    + "ffffff";
            default -> null;
        };
    }
}
