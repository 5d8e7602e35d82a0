// A small 3D view of an STL file with three.js (from npm): lit, centred, turnable with the mouse.
import * as THREE from 'three';
import { STLLoader } from 'three/addons/loaders/STLLoader.js';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

export function showStl(canvas, url) {
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(window.devicePixelRatio);
  renderer.setSize(canvas.clientWidth || canvas.width, canvas.clientHeight || canvas.height, false);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0xf6f7f9);
  const camera = new THREE.PerspectiveCamera(35, canvas.clientWidth / canvas.clientHeight || canvas.width / canvas.height, 1, 10000);
  scene.add(new THREE.HemisphereLight(0xffffff, 0x666666, 2.2));
  const sun = new THREE.DirectionalLight(0xffffff, 1.5);
  sun.position.set(1, 2, 3);
  scene.add(sun);
  const controls = new OrbitControls(camera, canvas);

  new STLLoader().load(url, (geometry) => {
    geometry.computeBoundingBox();
    const box = geometry.boundingBox;
    const centre = box.getCenter(new THREE.Vector3());
    geometry.translate(-centre.x, -centre.y, -centre.z);
    const size = box.getSize(new THREE.Vector3()).length();
    const mesh = new THREE.Mesh(geometry, new THREE.MeshStandardMaterial({ color: 0x0d6efd, metalness: 0.1, roughness: 0.6}));
    mesh.rotation.x = -Math.PI / 2; // STL is Z-up; the view is Y-up
    scene.add(mesh);
    camera.position.set(size * 1.1, size * 0.9, size * 1.4);
    camera.lookAt(0, 0, 0);
    controls.update();
    canvas.dataset.triangles = String(geometry.attributes.position.count / 3);
    render();
  });

  // OrbitControls announce every camera move with 'change'; drawing on it (and only drawing, not
  // calling update() again, which would announce another change) keeps the view in step with the mouse.
  function render() {
    renderer.render(scene, camera);
  }
  controls.addEventListener('change', render);
}
