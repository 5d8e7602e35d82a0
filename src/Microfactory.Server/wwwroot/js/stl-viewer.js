// A small 3D view of an STL file with three.js (from npm): lit, centred, turnable with the mouse or a finger.
// One viewer per canvas, made once: a new design swaps the part and keeps the renderer (browsers allow only a
// few WebGL contexts per page), the camera's direction and the zoom the person chose.
import * as THREE from 'three';
import { STLLoader } from 'three/addons/loaders/STLLoader.js';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

const viewers = new WeakMap();

export function showStl(canvas, url) {
  let viewer = viewers.get(canvas);
  if (!viewer) {
    viewer = createViewer(canvas);
    viewers.set(canvas, viewer);
  }
  viewer.show(url);
}

function createViewer(canvas) {
  // preserveDrawingBuffer lets the page (and its tests) read back what is drawn.
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(window.devicePixelRatio);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0xf6f7f9);
  const camera = new THREE.PerspectiveCamera(35, 12 / 7, 1, 100000);
  scene.add(new THREE.HemisphereLight(0xffffff, 0x666666, 2.2));
  const sun = new THREE.DirectionalLight(0xffffff, 1.5);
  sun.position.set(1, 2, 3);
  scene.add(sun);
  const material = new THREE.MeshStandardMaterial({ color: 0x0d6efd, metalness: 0.1, roughness: 0.6 });
  const controls = new OrbitControls(camera, canvas);
  let mesh = null;
  let partSize = 0;
  let shown = null;
  let loading = null;

  function render() {
    renderer.render(scene, camera);
  }

  function fit() {
    const width = canvas.clientWidth || canvas.width;
    const height = canvas.clientHeight || canvas.height;
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    render();
  }

  // OrbitControls announce every camera move with 'change'; drawing on it (and only drawing, not calling
  // update() again, which would announce another change) keeps the view in step with the pointer.
  controls.addEventListener('change', render);
  new ResizeObserver(fit).observe(canvas);
  fit();

  function place(geometry) {
    geometry.computeBoundingBox();
    const box = geometry.boundingBox;
    const centre = box.getCenter(new THREE.Vector3());
    geometry.translate(-centre.x, -centre.y, -centre.z);
    const size = box.getSize(new THREE.Vector3()).length() || 1;
    if (mesh) {
      scene.remove(mesh);
      mesh.geometry.dispose();
    }
    mesh = new THREE.Mesh(geometry, material);
    mesh.rotation.x = -Math.PI / 2; // STL is Z-up; the view is Y-up
    scene.add(mesh);
    if (partSize === 0) {
      camera.position.set(size * 1.1, size * 0.9, size * 1.4);
    } else {
      // Same direction and the same zoom relative to the part, so a bigger part still fits.
      const offset = camera.position.clone().sub(controls.target);
      camera.position.copy(controls.target).add(offset.multiplyScalar(size / partSize));
    }
    partSize = size;
    camera.lookAt(controls.target);
    controls.update();
    canvas.dataset.triangles = String(geometry.attributes.position.count / 3);
    render();
  }

  async function show(url) {
    if (!url || url === shown) {
      return;
    }
    loading?.abort();
    const request = new AbortController();
    loading = request;
    canvas.dataset.state = 'loading';
    try {
      const response = await fetch(url, { credentials: 'same-origin', signal: request.signal });
      if (!response.ok) {
        throw new Error(`the server answered ${response.status}`);
      }
      const geometry = new STLLoader().parse(await response.arrayBuffer());
      if (loading !== request) {
        geometry.dispose();
        return;
      }
      place(geometry);
      shown = url;
      canvas.dataset.shown = url;
      canvas.dataset.state = 'ready';
    } catch (error) {
      if (!request.signal.aborted) {
        canvas.dataset.state = 'error';
        canvas.title = `The 3D preview could not be loaded: ${error.message}`;
      }
    } finally {
      if (loading === request) {
        loading = null;
      }
    }
  }

  return { show };
}
