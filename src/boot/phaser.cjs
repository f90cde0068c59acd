/**
 * The game's own Phaser entry (vite.config.ts aliases `phaser` here; tsc still types
 * `import * as Phaser from 'phaser'` from Phaser's own declarations).
 *
 * Phaser's entries require every namespace, and its sources are CommonJS, so nothing
 * unused can be shaken out: this file names only what the game uses, the way Phaser's
 * own phaser-core.js does. A game object, loader file type or scene plugin registers
 * itself with Phaser when its file is required, so one that is not named here does not
 * exist at runtime even though it type-checks: `this.add.bitmapText` would be
 * "not a function". tests/boot/phaserEntry.test.ts checks every `Phaser.X` the game names
 * and every `add.x` / `make.x` / `load.x` it calls against this list.
 *
 * Left out on purpose: physics, Phaser's sound (Howler plays everything), bitmap text,
 * video, DOM elements, meshes, shaders, noise, lights, camera key controls, gamepads
 * (src/input polls them itself) and tilemaps: the game draws its map into canvas
 * textures, and only `?mapDraw=tiles` (the crowd bench's comparison) uses Phaser's
 * tilemap, from phaserTilemaps.cjs, a chunk of its own loaded before the game starts.
 */

require('phaser/src/polyfills/requestVideoFrame');

var CONST = require('phaser/src/const');
var Extend = require('phaser/src/utils/object/Extend');

var Phaser = {
    Animations: require('phaser/src/animations'),
    BlendModes: require('phaser/src/renderer/BlendModes'),
    Cache: require('phaser/src/cache'),
    Cameras: { Scene2D: require('phaser/src/cameras/2d') },
    Core: require('phaser/src/core'),
    Class: require('phaser/src/utils/Class'),
    Data: require('phaser/src/data'),
    Events: require('phaser/src/events'),
    Game: require('phaser/src/core/Game'),
    GameObjects: {
        Events: require('phaser/src/gameobjects/events'),
        DisplayList: require('phaser/src/gameobjects/DisplayList'),
        GameObjectCreator: require('phaser/src/gameobjects/GameObjectCreator'),
        GameObjectFactory: require('phaser/src/gameobjects/GameObjectFactory'),
        UpdateList: require('phaser/src/gameobjects/UpdateList'),
        Components: require('phaser/src/gameobjects/components'),
        GameObject: require('phaser/src/gameobjects/GameObject'),

        Container: require('phaser/src/gameobjects/container/Container'),
        Graphics: require('phaser/src/gameobjects/graphics/Graphics'),
        Image: require('phaser/src/gameobjects/image/Image'),
        Particles: { ParticleEmitter: require('phaser/src/gameobjects/particles/ParticleEmitter') },
        RenderTexture: require('phaser/src/gameobjects/rendertexture/RenderTexture'),
        Sprite: require('phaser/src/gameobjects/sprite/Sprite'),
        SpriteGPULayer: require('phaser/src/gameobjects/spritegpulayer/SpriteGPULayer'),
        Text: require('phaser/src/gameobjects/text/Text'),
        Shape: require('phaser/src/gameobjects/shape/Shape'),
        Arc: require('phaser/src/gameobjects/shape/arc/Arc'),
        Ellipse: require('phaser/src/gameobjects/shape/ellipse/Ellipse'),
        Rectangle: require('phaser/src/gameobjects/shape/rectangle/Rectangle'),

        // scene.add.<name> (each file registers its name with the factory).
        Factories: {
            Container: require('phaser/src/gameobjects/container/ContainerFactory'),
            Graphics: require('phaser/src/gameobjects/graphics/GraphicsFactory'),
            Image: require('phaser/src/gameobjects/image/ImageFactory'),
            Particles: require('phaser/src/gameobjects/particles/ParticleEmitterFactory'),
            RenderTexture: require('phaser/src/gameobjects/rendertexture/RenderTextureFactory'),
            Sprite: require('phaser/src/gameobjects/sprite/SpriteFactory'),
            SpriteGPULayer: require('phaser/src/gameobjects/spritegpulayer/SpriteGPULayerFactory'),
            Text: require('phaser/src/gameobjects/text/TextFactory'),
            Arc: require('phaser/src/gameobjects/shape/arc/ArcFactory'),
            Ellipse: require('phaser/src/gameobjects/shape/ellipse/EllipseFactory'),
            Rectangle: require('phaser/src/gameobjects/shape/rectangle/RectangleFactory')
        },

        // scene.make.<name>.
        Creators: {
            Graphics: require('phaser/src/gameobjects/graphics/GraphicsCreator'),
            Image: require('phaser/src/gameobjects/image/ImageCreator')
        }
    },
    Input: {
        Events: require('phaser/src/input/events'),
        InputManager: require('phaser/src/input/InputManager'),
        InputPlugin: require('phaser/src/input/InputPlugin'),
        InputPluginCache: require('phaser/src/input/InputPluginCache'),
        // scene.input.keyboard (registers itself with the input plugin).
        Keyboard: require('phaser/src/input/keyboard'),
        Pointer: require('phaser/src/input/Pointer')
    },
    Loader: {
        Events: require('phaser/src/loader/events'),
        // scene.load.image / load.spritesheet (each registers its loader method).
        FileTypes: {
            ImageFile: require('phaser/src/loader/filetypes/ImageFile'),
            SpriteSheetFile: require('phaser/src/loader/filetypes/SpriteSheetFile')
        },
        File: require('phaser/src/loader/File'),
        FileTypesManager: require('phaser/src/loader/FileTypesManager'),
        LoaderPlugin: require('phaser/src/loader/LoaderPlugin')
    },
    Math: require('phaser/src/math'),
    Plugins: require('phaser/src/plugins'),
    Renderer: require('phaser/src/renderer'),
    Scale: require('phaser/src/scale'),
    ScaleModes: require('phaser/src/renderer/ScaleModes'),
    Scene: require('phaser/src/scene/Scene'),
    Scenes: require('phaser/src/scene'),
    Textures: require('phaser/src/textures'),
    Time: require('phaser/src/time'),
    TintModes: require('phaser/src/renderer/TintModes'),
    Tweens: require('phaser/src/tweens')
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
